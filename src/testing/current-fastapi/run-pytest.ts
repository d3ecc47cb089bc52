// `python -m pytest` on a folder of tests, as the suite runs what the lessons hand out: the copied
// TestClient tests (e2e/experiments.spec.ts) and a lesson's own test module (its unit test).
import { execFile } from 'node:child_process'

const PYTEST_TIMEOUT_MS = 120_000

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
