// A lesson that hands out its own tests (test_main.py under "Take it home") must hand out tests that
// pass: each such module runs under pytest, beside a copy of the lesson's main.py, on today's FastAPI.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { currentFastApiPython } from '../testing/current-fastapi/python'
import { runPytest } from '../testing/current-fastapi/run-pytest'
import { lessons } from './lesson-registry'

const handedOut = (
  await Promise.all(lessons.map(async (lesson) => ({ id: lesson.id, tests: (await lesson.load()).takeHomeTest })))
).flatMap(({ id, tests }) => (tests ? [{ id, tests }] : []))

describe('the tests a lesson hands out', () => {
  it('come with at least the router-dependencies lesson', () => {
    expect(handedOut.map(({ id }) => id)).toContain('router-dependencies')
  })

  it.for(handedOut)('$id: pass under pytest against main.py', { timeout: 180_000 }, async ({ id, tests }) => {
    const folder = mkdtempSync(join(tmpdir(), `take-home-${id}-`))
    try {
      copyFileSync(fileURLToPath(new URL(`./${id}/main.py`, import.meta.url)), join(folder, 'main.py'))
      writeFileSync(join(folder, tests.fileName), tests.source)
      const run = await runPytest(currentFastApiPython(), folder)
      const declared = tests.source.match(/^def test_/gm)?.length ?? 0
      expect(declared).toBeGreaterThan(0)
      expect(run.exitCode, run.output).toBe(0)
      expect(run.collected, run.output).toBe(declared)
      expect(run.passed, run.output).toBe(declared)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
