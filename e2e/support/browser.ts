// Which Chromium the walkthroughs drive: an explicit path, Debian's package, or Playwright's own.
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

/** Fails early, saying how to get a browser, instead of timing out on the first page. */
export function assertBrowserAvailable(): void {
  const explicit = chromiumExecutable()
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`No browser at PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=${explicit}`)
    return
  }
  if (existsSync(chromium.executablePath())) return
  throw new Error(
    'No Chromium found for the browser walkthroughs. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      '  - any Chromium: export PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=/path/to/chrome',
  )
}
