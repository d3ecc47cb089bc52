// The real thing for the benchmark: lesson one's app under FastAPI + uvicorn on loopback, when
// the machine has them (Debian's python3-fastapi 0.92 runs main_depends.py, not main.py).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const LESSON_FOLDER = fileURLToPath(new URL('../../src/lessons/first-steps/', import.meta.url))

/** The first Python that can import FastAPI and uvicorn: PATH's, then Debian's own. */
function findPython(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import fastapi, uvicorn'], { stdio: 'ignore' })
    if (probe.status === 0) return python
  }
  return undefined
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve()
    }),
  )
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export type RealFastApi =
  | { readonly state: 'running'; readonly origin: string; readonly stop: () => Promise<void> }
  | { readonly state: 'missing'; readonly why: string }

/** Starts `uvicorn main_depends:app` and resolves once it answers, or says why it could not. */
export async function startRealFastApi(): Promise<RealFastApi> {
  const python = findPython()
  if (!python) return { state: 'missing', why: 'no python3 here can import fastapi and uvicorn' }
  const port = await freePort()
  // No access log: printing a line per request would slow uvicorn, and the point is its best case.
  const args = ['-m', 'uvicorn', 'main_depends:app', '--host', '127.0.0.1', '--port', String(port), '--no-access-log']
  const child: ChildProcess = spawn(python, args, { cwd: LESSON_FOLDER, stdio: ['ignore', 'ignore', 'pipe'] })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-2000)
  })
  const origin = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise<void>((resolve) =>
      child.once('exit', () => {
        resolve()
      }),
    )
    process.kill(child.pid, 'SIGTERM')
    await exited
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) return { state: 'missing', why: `uvicorn exited: ${errors.trim()}` }
    const answered = await fetch(`${origin}/openapi.json`).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return { state: 'running', origin, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  return { state: 'missing', why: `uvicorn did not answer within 10 s: ${errors.trim()}` }
}
