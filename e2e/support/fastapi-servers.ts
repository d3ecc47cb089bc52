// Real FastAPI servers for the walkthroughs that point the playground at one: each lesson's plain
// form (main_depends.py, which Debian's FastAPI 0.92 runs) under `python3 -m uvicorn`, on a free
// port, wrapped in CORSMiddleware for the playground's origins by cors_wrapper.py; plus one
// server without CORS. Their URLs reach the walkthroughs through environment variables.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** The lessons whose app runs on Debian's FastAPI in the walkthroughs. */
export const REAL_SERVER_LESSONS = [
  'first-steps',
  'get-current-user',
  'simple-oauth2',
  'http-basic-auth',
  'http-basic-auth-check',
] as const

export type RealServerLesson = (typeof REAL_SERVER_LESSONS)[number]

/** The lesson served without CORSMiddleware: the browser refuses to let the page read it. */
export const NO_CORS_LESSON: RealServerLesson = 'simple-oauth2'

const SUPPORT_FOLDER = fileURLToPath(new URL('.', import.meta.url))
const LESSONS_FOLDER = fileURLToPath(new URL('../../src/lessons/', import.meta.url))
const PYTHON_CANDIDATES = [process.env.FASTAPI_PYTHON, 'python3', '/usr/bin/python3'].filter(
  (candidate): candidate is string => Boolean(candidate),
)
const START_TIMEOUT_MS = 30_000

/** The environment variable a walkthrough reads the server's URL from. */
export function serverVariable(lessonId: RealServerLesson, cors = true): string {
  return `E2E_FASTAPI_${lessonId.toUpperCase().replace(/-/g, '_')}${cors ? '' : '_NO_CORS'}`
}

/** The URL of a running real server, for a walkthrough (global setup started it). */
export function realServerUrl(lessonId: RealServerLesson, cors = true): string {
  const url = process.env[serverVariable(lessonId, cors)]
  if (!url) throw new Error(`No real FastAPI server for ${lessonId}: the global setup did not start one.`)
  return url
}

/** A Python that imports FastAPI, uvicorn and python-multipart; fails saying how to get one. */
export function findFastApiPython(): string {
  for (const python of PYTHON_CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import fastapi, uvicorn, multipart'], { stdio: 'ignore' })
    if (probe.status === 0) return python
  }
  throw new Error(
    'The real-server walkthroughs need FastAPI, uvicorn and python-multipart, and no Python here imports them ' +
      `(tried ${PYTHON_CANDIDATES.join(', ')}). Install Debian's: ` +
      'sudo apt-get install -y python3-fastapi python3-uvicorn python3-multipart (.ci/run does), ' +
      'or point FASTAPI_PYTHON at a Python that has them.',
  )
}

interface RunningServer {
  readonly child: ChildProcess
  /** What the server printed while starting, to say why it did not come up. */
  readonly log: () => string
  readonly stop: () => Promise<void>
}

/** Starts every server, waits until each answers, and returns the function that stops them all. */
export async function startFastApiServers(allowOrigins: readonly string[]): Promise<() => Promise<void>> {
  const python = findFastApiPython()
  const wanted = [
    ...REAL_SERVER_LESSONS.map((lessonId) => ({ lessonId, cors: true })),
    { lessonId: NO_CORS_LESSON, cors: false },
  ]
  const started = await Promise.allSettled(
    wanted.map(async ({ lessonId, cors }) => {
      const port = await freePort()
      const server = startServer(python, lessonId, port, cors ? allowOrigins : [])
      const url = `http://127.0.0.1:${port}`
      try {
        await waitUntilAnswering(url, server)
      } catch (error) {
        await server.stop()
        throw error
      }
      process.env[serverVariable(lessonId, cors)] = url
      return server
    }),
  )
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const stopAll = async () => {
    await Promise.all(running.map((server) => server.stop()))
  }
  const failure = started.find((result) => result.status === 'rejected')
  if (failure) {
    await stopAll()
    throw failure.reason instanceof Error ? failure.reason : new Error(String(failure.reason))
  }
  return stopAll
}

function startServer(python: string, lessonId: string, port: number, origins: readonly string[]): RunningServer {
  const child = spawn(
    python,
    [
      '-m',
      'uvicorn',
      'cors_wrapper:app',
      '--app-dir',
      SUPPORT_FOLDER,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-access-log',
    ],
    {
      env: {
        ...process.env,
        LESSON_APP: `${LESSONS_FOLDER}${lessonId}/main_depends.py`,
        ALLOW_ORIGINS: origins.join(','),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let log = ''
  child.stderr.on('data', (chunk: Buffer) => {
    // Kept short: only the start-up lines matter.
    if (log.length < 4000) log += chunk.toString()
  })
  return {
    child,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve()
          return
        }
        child.once('exit', () => {
          resolve()
        })
        // By its own pid, never by name: other runs may have servers of their own.
        child.kill('SIGTERM')
      }),
  }
}

async function waitUntilAnswering(url: string, server: RunningServer): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break
    try {
      const response = await fetch(`${url}/openapi.json`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The FastAPI server for ${url} did not answer GET /openapi.json. Its output:\n${server.log()}`)
}

/** A port nobody listens on now: the system picks it, and we let it go for uvicorn to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => {
        resolve(port)
      })
    })
  })
}
