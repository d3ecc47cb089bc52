// Runs requests through a real FastAPI 0.92 app (fastapi-0.92-oracle.py, one Python process per
// call) so tests can compare the stand-in's answers with the framework's own, byte for byte.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface OracleRequest {
  readonly method: string
  readonly path: string
  readonly headers?: readonly (readonly [string, string])[]
  readonly body?: string
}

export interface OracleAnswer {
  readonly status: number
  readonly headers: readonly (readonly [string, string])[]
  readonly body: string
}

const SCRIPT = fileURLToPath(new URL('./fastapi-0.92-oracle.py', import.meta.url))

export const INSTALL_HINT =
  'The FastAPI 0.92 agreement tests need Python 3 with FastAPI 0.92 and python-multipart. ' +
  'On Debian 12: `apt-get install -y python3-fastapi python3-multipart` ' +
  '(.ci/run does this), or point FASTAPI_092_PYTHON at an interpreter that has them.'

let python: string | undefined

/** The first interpreter that imports FastAPI 0.92 and python-multipart; throws with a hint. */
export function findPython092(): string {
  if (python !== undefined) return python
  // An interpreter named in FASTAPI_092_PYTHON is the only one tried: it was chosen on purpose.
  const chosen = process.env.FASTAPI_092_PYTHON
  const candidates = chosen ? [chosen] : ['/usr/bin/python3', 'python3']
  const tried: string[] = []
  for (const candidate of candidates) {
    if (candidate.startsWith('/') && !existsSync(candidate)) {
      tried.push(`${candidate}: not found`)
      continue
    }
    const probe = spawnSync(candidate, ['-c', 'import fastapi, multipart; print(fastapi.__version__)'], {
      encoding: 'utf8',
      timeout: 30_000,
    })
    const version = probe.stdout.trim()
    if (probe.status === 0 && version.startsWith('0.92.')) {
      python = candidate
      return candidate
    }
    const why = probe.error ? probe.error.message : probe.status === 0 ? `FastAPI ${version}` : lastLine(probe.stderr)
    tried.push(`${candidate}: ${why}`)
  }
  throw new Error(`${INSTALL_HINT} Tried ${tried.join('; ')}.`)
}

/**
 * Answers `requests` with the app in `appFile` (a lesson's main_depends.py) on FastAPI 0.92,
 * after the `replacements` that turn today's tutorial into the one 0.92's docs shipped.
 */
export function askFastApi092(
  appFile: string,
  requests: readonly OracleRequest[],
  replacements: readonly (readonly [string, string])[] = [],
): OracleAnswer[] {
  const job = JSON.stringify({ app: appFile, replacements, requests })
  const run = spawnSync(findPython092(), [SCRIPT], { input: job, encoding: 'utf8', timeout: 120_000 })
  if (run.status !== 0) {
    throw new Error(`fastapi-0.92-oracle.py failed (${String(run.status)}): ${run.error?.message ?? run.stderr}`)
  }
  const output = JSON.parse(run.stdout) as { fastapi: string; answers: OracleAnswer[] }
  if (!output.fastapi.startsWith('0.92.'))
    throw new Error(`Expected FastAPI 0.92, got ${output.fastapi}. ${INSTALL_HINT}`)
  return output.answers
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? 'failed'
}
