// The page's side of argon2-worker.ts: one worker, started on the first login, answering in order.
import type { VerifyReply, VerifyRequest } from './argon2-worker'
import type { PasswordVerifier } from './password-verifier'

export function createWorkerPasswordVerifier(): PasswordVerifier {
  let worker: Worker | undefined
  let nextId = 0
  const pending = new Map<number, (ok: boolean) => void>()

  function start(): Worker {
    const started = new Worker(new URL('./argon2-worker.ts', import.meta.url), { type: 'module' })
    started.addEventListener('message', (event: MessageEvent<VerifyReply>) => {
      pending.get(event.data.id)?.(event.data.ok)
      pending.delete(event.data.id)
    })
    started.addEventListener('error', () => {
      // Fail closed: every open verification is a wrong password, and the next login restarts it.
      for (const resolve of pending.values()) resolve(false)
      pending.clear()
      worker = undefined
    })
    return started
  }

  return {
    verify(password, hash) {
      worker ??= start()
      const id = nextId++
      const request: VerifyRequest = { id, password, hash }
      return new Promise<boolean>((resolve) => {
        pending.set(id, resolve)
        worker?.postMessage(request)
      })
    },
  }
}
