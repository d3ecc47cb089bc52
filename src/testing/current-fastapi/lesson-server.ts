// A lesson's own main.py served by today's FastAPI, as the lesson tells learners to run it:
// `python -m fastapi run main.py`, in a temporary folder holding a copy (so nothing is written
// into src/), on a port the system picks. Stopped by its pid, also when a test fails.
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { currentFastApiPython } from './python'
import { RANDOM_ID_SEED } from './seeded-random-ids'
import { SERVER_ENVIRONMENT } from './transport-facts'

export interface LessonServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly pid: number
  /** What the server printed so far (FastAPI's banner, uvicorn's log, tracebacks). */
  output(): string
  stop(): Promise<void>
}

export interface LessonServerOptions {
  /** Freeze the server's clock at this instant (ms since 1970): time.time() and datetime.now() stand still. */
  readonly frozenAt?: number
  /** secrets.token_urlsafe gives the seeded sequence the stand-in is given (seeded-random-ids.ts). */
  readonly seededRandomIds?: boolean
  /** How long to wait for uvicorn to listen: long, since the tests share two busy cores. */
  readonly startTimeoutMs?: number
  /** More environment variables: the settings main.py reads (the identity provider's issuer). */
  readonly environment?: Readonly<Record<string, string>>
}

const FROZEN_CLOCK_FOLDER = fileURLToPath(new URL('./frozen-clock/', import.meta.url))
// uvicorn names the port it got when asked for port 0 (uvicorn/server.py, _log_started_message).
const LISTENING = /Uvicorn running on http:\/\/127\.0\.0\.1:(\d+) /
const STOP_TIMEOUT_MS = 5_000

/** Starts `python -m fastapi run main.py` on a copy of `mainPy`; resolves once uvicorn listens. */
export function startLessonServer(mainPy: string, options: LessonServerOptions = {}): Promise<LessonServer> {
  const python = currentFastApiPython()
  const folder = mkdtempSync(join(tmpdir(), 'current-fastapi-'))
  copyFileSync(mainPy, join(folder, 'main.py'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...SERVER_ENVIRONMENT,
    ...options.environment,
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
  }
  if (options.frozenAt !== undefined) {
    env.PYTHONPATH = FROZEN_CLOCK_FOLDER
    env.FROZEN_CLOCK_SECONDS = (options.frozenAt / 1000).toFixed(3)
  }
  if (options.seededRandomIds) {
    env.PYTHONPATH = FROZEN_CLOCK_FOLDER
    env.SEEDED_RANDOM_IDS = RANDOM_ID_SEED
  }
  const child = spawn(python, ['-m', 'fastapi', 'run', 'main.py', '--host', '127.0.0.1', '--port', '0'], {
    cwd: folder,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve()
    }),
  )
  // If the test process itself ends first, the server must not outlive it.
  const killOnExit = () => {
    child.kill('SIGKILL')
  }
  process.once('exit', killOnExit)
  const stop = async () => {
    process.off('exit', killOnExit)
    await stopChild(child, exited)
    rmSync(folder, { recursive: true, force: true })
  }
  const startTimeoutMs = options.startTimeoutMs ?? 60_000

  return new Promise<LessonServer>((resolve, reject) => {
    let settled = false
    const fail = (why: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      const error = new Error(`python -m fastapi run ${mainPy}: ${why}\n${output.trim()}`)
      void stop().then(() => {
        reject(error)
      })
    }
    const timer = setTimeout(() => {
      fail(`no "Uvicorn running on" after ${startTimeoutMs} ms`)
    }, startTimeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (settled) return
      const port = LISTENING.exec(output)?.[1]
      if (port === undefined || child.pid === undefined) return
      settled = true
      clearTimeout(timer)
      resolve({ origin: `http://127.0.0.1:${port}`, pid: child.pid, output: () => output, stop })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('error', (error) => {
      fail(error.message)
    })
    child.once('exit', (code, signal) => {
      fail(`exited (${signal ?? String(code)}) before it listened`)
    })
  })
}

/** SIGTERM by pid, then SIGKILL if uvicorn has not shut down within a few seconds. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => {
      resolve('late')
    }, STOP_TIMEOUT_MS)
  })
  if ((await Promise.race([exited, late])) === 'late') {
    child.kill('SIGKILL')
    await exited
  }
  clearTimeout(timer)
}
