// "Take it home", proven: the TestClient tests the traffic panel copies, saved beside a copy of the
// lesson's main.py and run with pytest on today's pinned FastAPI (src/testing/current-fastapi/).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Locator } from '@playwright/test'
import { MASK } from '../../src/inspector/formatters'
import type { Lesson } from '../../src/lessons/lesson'
import type { PlaygroundPage } from './playground-page'

/** What "Copy as a TestClient test" gave for each exchange in the traffic panel's list. */
export interface CopiedTests {
  /**
   * The pytest modules, as copied (the real request: a password is masked on screen only), with the
   * dependency_overrides form after an exchange's first where the panel offers it.
   */
  readonly tests: readonly string[]
  /** For an exchange without a test, the region's text, which says why. */
  readonly withoutTest: readonly string[]
}

const REGION = 'Copy as a TestClient test'
// The second form, logged in by app.dependency_overrides, where the panel offers it.
const OVERRIDE_REGION = 'Or log in through app.dependency_overrides'
const OVERRIDE_BUTTON = 'Copy the dependency_overrides test'

/**
 * Selects each exchange in the list in turn, oldest first, and copies its test, or reads why it has
 * none. Rows that arrive meanwhile (a redirect's second request) are read too. `read` holds the
 * numbers of the rows read by an earlier call, skipped now, and gets those read by this one.
 */
export async function copyEveryTestClientTest(
  playground: PlaygroundPage,
  read: Set<string> = new Set(),
): Promise<CopiedTests> {
  const { traffic } = playground
  const list = traffic.getByRole('listbox', { name: 'Exchanges' })
  const rows = list.getByRole('option')
  const tests: string[] = []
  const withoutTest: string[] = []
  for (;;) {
    // A row still waiting for its answer says "…" where the status goes; one that failed, "failed".
    await expect(list.getByRole('option', { name: /^#\d+ \S+ \S+ (…|failed)/ })).toHaveCount(0)
    const unread = (await rows.allTextContents())
      .map((text) => /^#(\d+)/.exec(text)?.[1] ?? '')
      .filter((seq) => seq !== '' && !read.has(seq))
      .reverse()
    if (unread.length === 0) return { tests, withoutTest }
    for (const seq of unread) {
      read.add(seq)
      const row = list.getByRole('option', { name: new RegExp(`^#${seq} `) })
      await row.click()
      await expect(row).toHaveAttribute('aria-selected', 'true')
      const region = traffic.getByRole('region', { name: REGION })
      const copy = region.getByRole('button', { name: REGION })
      await expect(region).toBeVisible()
      if ((await copy.count()) === 0) {
        withoutTest.push((await region.innerText()).trim())
        continue
      }
      // The test on screen is the one copied, but for what it masks: then only the copy will do.
      const shown = await region.locator('pre').innerText()
      tests.push(shown.includes(MASK) ? await copiedTest(region, copy, shown) : shown)
      const override = traffic.getByRole('region', { name: OVERRIDE_REGION })
      if ((await override.count()) > 0) {
        const overrideShown = await override.locator('pre').innerText()
        const overrideCopy = override.getByRole('button', { name: OVERRIDE_BUTTON })
        tests.push(
          overrideShown.includes(MASK) ? await copiedTest(override, overrideCopy, overrideShown) : overrideShown,
        )
      }
    }
  }
}

async function copiedTest(region: Locator, copy: Locator, shown: string): Promise<string> {
  const page = region.page()
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await copy.click()
  await expect(region.getByRole('status')).toHaveText('Copied.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  // The same test as on screen, without the mask: a longer secret may only lay the call out anew.
  const kept = (text: string) => text.split('\n').filter((line) => /^(def |\s+assert )/.test(line))
  expect(kept(copied)).toEqual(kept(shown))
  expect(copied).not.toContain(MASK)
  return copied
}

/**
 * A folder for one lesson's tests, with a copy of its main.py (`from main import app` finds it) and
 * of each file a switch runs instead (`from main_spec_exact import app`).
 */
export function testFolder(folder: string, lesson: Lesson): string {
  mkdirSync(folder, { recursive: true })
  const files = [
    'main.py',
    ...lesson.switches.flatMap(({ inMainPy }) => (inMainPy.kind === 'changed-file' ? [inMainPy.file] : [])),
  ]
  for (const file of files) {
    copyFileSync(fileURLToPath(new URL(`../../src/lessons/${lesson.id}/${file}`, import.meta.url)), join(folder, file))
  }
  return folder
}

/** Saves one copied test as its own module (each builds its own client; names may repeat). */
export function saveTest(folder: string, name: string, source: string): void {
  writeFileSync(join(folder, `test_${name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}.py`), source)
}
