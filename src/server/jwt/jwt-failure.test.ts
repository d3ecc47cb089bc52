import { describe, expect, it } from 'vitest'
import { describeJwtFailure, describeMoment } from './jwt-failure'

const NOW = Date.UTC(2026, 0, 15, 12, 6, 0)

describe('describeMoment', () => {
  it('gives the time of day and how long ago, for a moment earlier today', () => {
    expect(describeMoment(Date.UTC(2026, 0, 15, 12, 3, 0) / 1000, NOW)).toBe('12:03:00 UTC, 3 minutes ago')
  })

  it('adds the date for another day', () => {
    expect(describeMoment(1, NOW)).toBe('1970-01-01 00:00:01 UTC, 56 years ago')
    expect(describeMoment(4102444800, NOW)).toBe('2100-01-01 00:00:00 UTC, in 73 years')
  })

  it('counts single units without a plural', () => {
    expect(describeMoment(NOW / 1000 + 1, NOW)).toBe('12:06:01 UTC, in 1 second')
  })
})

describe('describeJwtFailure', () => {
  it('says when an expired token stopped working', () => {
    const exp = Date.UTC(2026, 0, 15, 12, 3, 0) / 1000
    expect(
      describeJwtFailure(
        { kind: 'expired', error: 'ExpiredSignatureError', message: 'Signature has expired', exp },
        NOW,
      ),
    ).toBe("the token's exp was 12:03:00 UTC, 3 minutes ago")
  })

  it('names the algorithm a token asked for', () => {
    expect(
      describeJwtFailure(
        { kind: 'algorithm-not-allowed', error: 'InvalidAlgorithmError', message: '', alg: 'none' },
        NOW,
      ),
    ).toBe('the token header says alg "none", and the app only accepts HS256')
  })

  it('names a required claim the token lacks', () => {
    expect(
      describeJwtFailure(
        {
          kind: 'missing-claim',
          error: 'MissingRequiredClaimError',
          message: 'Token is missing the "jti" claim',
          claim: 'jti',
        },
        NOW,
      ),
    ).toBe('the token has no jti claim (or it is null), and the app requires one')
  })
})
