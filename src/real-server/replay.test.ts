import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { replayOnStandIn } from './replay'

const root = new URL('http://127.0.0.1:8000/')

describe('replaying a request on the stand-in', () => {
  it('answers as the stand-in would, at the server’s own address', async () => {
    const app = createFirstStepsApp(new Set())
    const replay = await replayOnStandIn(
      app,
      { method: 'GET', url: 'http://127.0.0.1:8000/items/', headers: [['authorization', 'Bearer abc']], body: '' },
      root,
    )
    expect(replay).toEqual({
      answer: {
        status: 200,
        headers: expect.arrayContaining([['content-type', 'application/json']]) as unknown,
        body: '{"token":"abc"}',
      },
      redirects: [],
      record: expect.objectContaining({ path: '/items/', status: 200 }) as unknown,
    })
  })

  it('follows the trailing-slash redirect as the browser did, keeping the Authorization header', async () => {
    const app = createFirstStepsApp(new Set())
    const replay = await replayOnStandIn(
      app,
      { method: 'GET', url: 'http://127.0.0.1:8000/items', headers: [['authorization', 'Bearer abc']], body: '' },
      root,
    )
    expect(replay.redirects).toEqual(['http://127.0.0.1:8000/items/'])
    expect(replay.answer.body).toBe('{"token":"abc"}')
  })

  it('mounts the stand-in below a prefix in the server’s address', async () => {
    const app = createFirstStepsApp(new Set())
    const replay = await replayOnStandIn(
      app,
      { method: 'POST', url: 'http://localhost:5173/fastapi/items/', headers: [], body: 'x=1' },
      new URL('http://localhost:5173/fastapi/'),
    )
    expect(replay.answer.status).toBe(405)
    expect(replay.answer.headers).toContainEqual(['allow', 'GET'])
  })
})
