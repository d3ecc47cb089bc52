// "Take it home", proven: the TestClient tests the traffic panel copies, saved beside a copy of the
// lesson's main.py and run with pytest on today's pinned FastAPI (src/testing/current-fastapi/).
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Locator } from '@playwright/test'
import { MASK } from '../../src/inspector/formatters'
import type { Lesson } from '../../src/lessons/lesson'
import type { PlaygroundPage } from './playground-page'

/** What "Copy as a TestClient test" gave for each exchange in the traffic panel's list. */
export interface CopiedTests {
  /** The pytest modules, as copied (the real request: a password is masked on screen only). */
  readonly tests: readonly string[]
  /** For an exchange without a test, the region's text, which says why. */
  readonly withoutTest: readonly string[]
}

const REGION = 'Copy as a TestClient test'

/**
 * Selects each exchange in the list in turn, oldest first, and copies its test, or reads why it has
 * none. Rows that arrive meanwhile (a redirect's second request) are read too.
 */
export async function copyEveryTestClientTest(playground: PlaygroundPage): Promise<CopiedTests> {
  const { traffic } = playground
  const list = traffic.getByRole('listbox', { name: 'Exchanges' })
  const rows = list.getByRole('option')
  const tests: string[] = []
  const withoutTest: string[] = []
  const read = new Set<string>()
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

const PYTEST_TIMEOUT_MS = 120_000

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

export interface PytestRun {
  readonly exitCode: number
  readonly output: string
  /** From pytest's "collected N items" line. */
  readonly collected: number | undefined
  /** From its summary line, "N passed". */
  readonly passed: number | undefined
}

/** `python -m pytest` in the folder, without a cache folder or bytecode left behind. */
export function runPytest(python: string, folder: string): Promise<PytestRun> {
  return new Promise((resolve) => {
    execFile(
      python,
      ['-m', 'pytest', '-p', 'no:cacheprovider', '--color=no', '-o', 'console_output_style=classic', '-rfE', '.'],
      { cwd: folder, timeout: PYTEST_TIMEOUT_MS, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`
        const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        const count = (pattern: RegExp) => {
          const found = pattern.exec(output)?.[1]
          return found === undefined ? undefined : Number(found)
        }
        resolve({
          exitCode,
          output: error && exitCode === -1 ? `${error.message}\n${output}` : output,
          collected: count(/^collected (\d+) items?/m),
          passed: count(/^=+ (?:.*?, )?(\d+) passed\b/m),
        })
      },
    )
  })
}
