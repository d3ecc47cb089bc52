// `npm run bench`: measurements in headless Chromium against the production build under a
// sub-path. It prints a table; it asserts nothing about speed.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser'
import { SUB_PATH_HOST, hostUrl } from '../support/hosts'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  globalSetup: '../support/global-setup.ts',
  workers: 1,
  timeout: 600_000,
  reporter: 'list',
  outputDir: '../../test-results/bench',
  use: {
    browserName: 'chromium',
    baseURL: hostUrl(SUB_PATH_HOST),
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
})
