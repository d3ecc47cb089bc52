// Which Chromium the walkthroughs drive: an explicit path, Debian's package, or Playwright's own.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromiumExecutable(): string | undefined {
  const fromEnvironment = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
  if (fromEnvironment) return fromEnvironment
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

/**
 * Makes sure there is a browser to drive: an explicit path must exist; else Debian's Chromium or
 * Playwright's own is used, and on a fresh machine with neither, Playwright's own is installed
 * (a download from Playwright's servers), saying so. Fails early, saying how to get one, if that fails.
 */
export function ensureBrowserAvailable(): void {
  const explicit = chromiumExecutable()
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`No browser at PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=${explicit}`)
    return
  }
  if (existsSync(chromium.executablePath())) return
  console.log('No Chromium found: installing Playwright’s own with `npx playwright install chromium`…')
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  if (install.status === 0 && existsSync(chromium.executablePath())) return
  throw new Error(
    'No Chromium for the browser walkthroughs, and installing Playwright’s own failed. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      '  - any Chromium: export PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=/path/to/chrome',
  )
}
