import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser'
import { ROOT_HOST, SUB_PATH_HOST, hostUrl } from './support/hosts'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  // One folder per port base, so that two runs on one machine do not clear each other's artifacts.
  outputDir: `../test-results/${process.env.E2E_PORT_BASE ?? 'e2e'}`,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    serviceWorkers: 'allow',
    // Recording a trace costs more CPU than most walkthroughs (a screencast and a DOM snapshot per
    // action: about 5 s a test on two cores, a third of the run). A failure keeps a screenshot and
    // its error context; CI's one retry records the trace; locally, rerun the test with --trace on.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'sub-path', use: { baseURL: hostUrl(SUB_PATH_HOST) } },
    // At the root of a host, lesson one's walkthrough; everything runs under the sub-path.
    { name: 'root', use: { baseURL: hostUrl(ROOT_HOST) }, testMatch: ['first-steps.spec.ts'] },
  ],
})
