// The Python of today's FastAPI for the tests: a virtualenv made from requirements.txt beside this
// file (the lessons' own `pip install` lines, pinned), kept under node_modules/.cache and made anew
// whenever requirements.txt changes. Tests that run a lesson's main.py ask here for the interpreter.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REQUIREMENTS_FILE = fileURLToPath(new URL('./requirements.txt', import.meta.url))
const CACHE_FOLDER = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url))
const INSTALL_TIMEOUT_MS = 10 * 60_000

/** The top-level lines of requirements.txt (`fastapi[standard]==0.165.0`, …), in the file's order. */
export function pinnedRequirements(): { readonly name: string; readonly version: string }[] {
  const text = readFileSync(REQUIREMENTS_FILE, 'utf8')
  const topLevel = text.slice(0, text.indexOf('# What they pulled in:'))
  return topLevel
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name = '', version = ''] = line.split('==')
      return { name: name.trim(), version: version.trim() }
    })
}

/** The pinned FastAPI release, e.g. `0.165.0`. */
export function pinnedFastApiVersion(): string {
  const fastapi = pinnedRequirements().find((requirement) => requirement.name.startsWith('fastapi['))
  if (!fastapi) throw new Error(`${REQUIREMENTS_FILE} pins no fastapi[standard]`)
  return fastapi.version
}

let python: string | undefined

/**
 * The virtualenv's python, made first if missing (python3 -m venv, then pip install -r, which
 * needs PyPI once). CURRENT_FASTAPI_PYTHON names another interpreter instead; it must import the
 * pinned FastAPI. Throws with what went wrong and how to fix it.
 */
export function currentFastApiPython(): string {
  if (python !== undefined) return python
  const chosen = process.env.CURRENT_FASTAPI_PYTHON
  python = chosen ? checked(chosen) : checked(ensureVirtualenv())
  return python
}

function ensureVirtualenv(): string {
  const digest = createHash('sha256').update(readFileSync(REQUIREMENTS_FILE)).digest('hex').slice(0, 12)
  const folder = join(CACHE_FOLDER, `current-fastapi-${digest}`)
  const interpreter = join(folder, 'bin', 'python')
  if (existsSync(interpreter)) return interpreter
  // Built beside its final place and renamed when whole, so an interrupted install is never used.
  const building = `${folder}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(CACHE_FOLDER, { recursive: true })
  const base = process.env.PYTHON ?? 'python3'
  run(base, ['-m', 'venv', building], `\`${base} -m venv\` failed (on Debian: apt-get install python3-venv)`)
  run(
    join(building, 'bin', 'python'),
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS_FILE],
    `pip could not install ${REQUIREMENTS_FILE} (it needs PyPI once)`,
  )
  // venv writes absolute paths into its scripts: moving the folder keeps `python -m` working,
  // which is all the tests use.
  if (existsSync(folder)) rmSync(building, { recursive: true, force: true })
  else renameSync(building, folder)
  return interpreter
}

function run(command: string, args: readonly string[], failure: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS })
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-8).join('\n')
    throw new Error(`${failure}:\n${result.error?.message ?? output}`)
  }
}

function checked(interpreter: string): string {
  const wanted = pinnedFastApiVersion()
  const probe = spawnSync(interpreter, ['-c', 'import fastapi, uvicorn, multipart; print(fastapi.__version__)'], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  const version = probe.stdout.trim()
  if (probe.status === 0 && version === wanted) return interpreter
  const found = probe.status === 0 ? `FastAPI ${version}` : (probe.error?.message ?? probe.stderr.trim())
  throw new Error(
    `The current-FastAPI tests need FastAPI ${wanted} (${REQUIREMENTS_FILE}); ${interpreter} has ${found}. ` +
      'Unset CURRENT_FASTAPI_PYTHON to let the tests make their own virtualenv.',
  )
}
