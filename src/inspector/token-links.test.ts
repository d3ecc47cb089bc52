import { describe, expect, it } from 'vitest'
import { linkTokens } from './token-links'
import { TEST_CONTEXT, TEST_ROOT, exchange } from '../testing/test-exchange'

const login = (seq: number, token: string, lessonId = 'first-steps') =>
  exchange({
    seq,
    context: { ...TEST_CONTEXT, lessonId },
    request: { method: 'POST', url: `${TEST_ROOT}token`, body: 'username=x&password=y' },
    response: { status: 200, body: JSON.stringify({ access_token: token, token_type: 'bearer' }) },
  })
const call = (seq: number, authorization: string | undefined, lessonId = 'first-steps') =>
  exchange({
    seq,
    context: { ...TEST_CONTEXT, lessonId },
    request: {
      method: 'GET',
      url: `${TEST_ROOT}items/`,
      headers: authorization === undefined ? [] : [['authorization', authorization]],
    },
    response: { status: 200 },
  })

describe('following the token', () => {
  it('links a token response to every later request that carries it, with one label for both ends', () => {
    const links = linkTokens([call(1, undefined), login(2, 'alice'), call(3, 'Bearer alice'), call(4, 'bearer alice')])
    expect(links.issued.get(2)).toEqual({ label: 'T1', token: 'alice', usedBy: [3, 4] })
    expect(links.carried.get(3)).toEqual({ label: 'T1', token: 'alice', issuedBy: 2, tampered: false })
    expect(links.carried.get(4)?.issuedBy).toBe(2)
    expect(links.carried.has(1)).toBe(false)
  })

  it('ties a request to the latest login that issued its token, and labels distinct tokens apart', () => {
    const links = linkTokens([login(1, 'alice'), login(2, 'bob'), login(3, 'alice'), call(4, 'Bearer alice')])
    expect(links.carried.get(4)).toEqual({ label: 'T1', token: 'alice', issuedBy: 3, tampered: false })
    expect(links.issued.get(2)?.label).toBe('T2')
    expect(links.issued.get(1)?.usedBy).toEqual([])
  })

  it('does not link a token sent before it was issued, tampered, or from another lesson', () => {
    const links = linkTokens([
      call(1, 'Bearer alice'),
      login(2, 'alice'),
      call(3, 'Bearer alicX'),
      call(4, 'Bearer alice', 'get-current-user'),
    ])
    expect(links.carried.size).toBe(0)
  })

  it('traces a tampered JWT to the token it came from, by its signature or by its content', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqb2huZG9lIn0.c2lnbmF0dXJl'
    const links = linkTokens([
      login(1, jwt),
      call(2, 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl'),
      call(3, 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqb2huZG9lIn0.'),
      call(4, 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.'),
    ])
    expect(links.carried.get(2)).toMatchObject({ label: 'T1', issuedBy: 1, tampered: true })
    expect(links.carried.get(3)).toMatchObject({ label: 'T1', issuedBy: 1, tampered: true })
    expect(links.carried.has(4)).toBe(false)
    expect(links.issued.get(1)?.usedBy).toEqual([])
  })
})
