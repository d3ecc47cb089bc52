// What main.py keeps between requests: its three dicts (refresh_tokens, spent_refresh_tokens,
// revoked_jtis) and the functions that change them (issue_tokens, end_session, use_refresh_token,
// the logout's revocation). Beside them the stand-in keeps what main.py does not, only to explain
// an answer: when a refresh token was spent and why a session ended. Each request notes the
// entries its answer depended on, so that a TestClient test of main.py can put them back.
import type { RememberedEntry } from '../../server/exchange-record'
import type { JsonValue } from '../../server/json'
import { HTTPException } from '../../server/http-exception'
import { pyjwtEncode } from '../../server/jwt/pyjwt-encode'
import { describeFromNow } from '../../server/relative-time'
import { SECRET_KEY } from '../shared/jwt-tutorial'

export const ACCESS_TOKEN_EXPIRE_MINUTES = 5
export const REFRESH_TOKEN_EXPIRE_DAYS = 7

/** A value of main.py's refresh_tokens: plain JSON, as a test writes it. */
export interface RefreshRecord {
  readonly username: string
  readonly session: string
  /** Whole seconds since 1970. */
  readonly expires_at: number
}

/** What main.py's `Token` model holds. */
export interface TokenPair {
  readonly access_token: string
  readonly token_type: string
  readonly expires_in: number
  readonly refresh_token: string
}

/** The services a token needs: the clock (ms) and `secrets.token_urlsafe`. */
export interface TokenServices {
  readonly now: () => number
  readonly randomId: (nbytes: number) => string
}

/** How a session ended, for the account of a later refresh that no longer works. */
interface SessionEnd {
  readonly at: number
  readonly by: 'logout' | 'reuse'
}

export interface SessionMemory {
  readonly refreshTokens: ReadonlyMap<string, RefreshRecord>
  /** `issue_tokens`: a new access token and a new refresh token for the session. */
  issueTokens(username: string, session: string): Promise<TokenPair>
  /** `use_refresh_token`: the record, taken out so it never works again; else the 401. */
  useRefreshToken(refreshToken: string, request: Request): RefreshRecord
  /** The denylist's entry for this jti (its token's exp), noted for the request when present. */
  revokedExp(jti: string, request: Request): number | undefined
  /** The logout: forget lapsed revocations, revoke this jti, end its session (`sid`, any JSON value). */
  logOut(jti: string, exp: number, session: JsonValue): void
  /** The entries the request's answer depended on, once it is answered. */
  takeNotes(request: Request): readonly RememberedEntry[]
}

export function createSessionMemory(services: TokenServices): SessionMemory {
  const refreshTokens = new Map<string, RefreshRecord>()
  const spentRefreshTokens = new Map<string, string>()
  const revokedJtis = new Map<string, number>()
  // The stand-in's own notes, never read by a decision.
  const spentAt = new Map<string, number>()
  const sessionEnds = new Map<string, SessionEnd>()
  const endedTokens = new Map<string, string>()
  const notes = new WeakMap<Request, RememberedEntry[]>()

  const note = (request: Request, entry: RememberedEntry) => {
    notes.set(request, [...(notes.get(request) ?? []), entry])
  }

  const endSession = (session: string, by: SessionEnd['by']) => {
    for (const [token, record] of [...refreshTokens]) {
      if (record.session !== session) continue
      refreshTokens.delete(token)
      endedTokens.set(token, session)
    }
    sessionEnds.set(session, { at: services.now(), by })
  }

  const invalid = (why: string, check: string) =>
    new HTTPException(401, 'Invalid refresh token', { headers: { 'WWW-Authenticate': 'Bearer' }, why, check })

  return {
    refreshTokens,

    async issueTokens(username, session) {
      const now = services.now()
      // In main.py's order: the dict's jti first, then the refresh token.
      const claims = {
        sub: username,
        sid: session,
        jti: services.randomId(16),
        exp: Math.floor(now / 1000) + ACCESS_TOKEN_EXPIRE_MINUTES * 60,
      }
      const accessToken = await pyjwtEncode(claims, SECRET_KEY)
      const refreshToken = services.randomId(32)
      refreshTokens.set(refreshToken, {
        username,
        session,
        expires_at: Math.floor(now / 1000) + REFRESH_TOKEN_EXPIRE_DAYS * 24 * 60 * 60,
      })
      return {
        access_token: accessToken,
        token_type: 'bearer',
        expires_in: ACCESS_TOKEN_EXPIRE_MINUTES * 60,
        refresh_token: refreshToken,
      }
    },

    useRefreshToken(refreshToken, request) {
      const now = services.now()
      const spentSession = spentRefreshTokens.get(refreshToken)
      if (spentSession !== undefined) {
        note(request, { dict: 'spent_refresh_tokens', key: refreshToken, value: spentSession })
        endSession(spentSession, 'reuse')
        const when = spentAt.get(refreshToken)
        throw invalid(
          `this refresh token was already exchanged${when === undefined ? '' : ` ${describeFromNow(when / 1000, now, 'words')}`}: ` +
            'a second use means someone else holds a copy, so use_refresh_token ended its whole session, the newer refresh token included',
          'refresh-token-reused',
        )
      }
      const record = refreshTokens.get(refreshToken)
      if (record === undefined) {
        const { why, check } = notOnRecord(refreshToken)
        throw invalid(why, check)
      }
      note(request, { dict: 'refresh_tokens', key: refreshToken, value: { ...record } })
      refreshTokens.delete(refreshToken)
      if (record.expires_at <= now / 1000) {
        throw invalid(
          `the refresh token expired ${describeFromNow(record.expires_at, now, 'words')}, after ${REFRESH_TOKEN_EXPIRE_DAYS} days`,
          'refresh-token-expired',
        )
      }
      spentRefreshTokens.set(refreshToken, record.session)
      spentAt.set(refreshToken, now)
      return record
    },

    revokedExp(jti, request) {
      const exp = revokedJtis.get(jti)
      if (exp !== undefined) note(request, { dict: 'revoked_jtis', key: jti, value: exp })
      return exp
    },

    logOut(jti, exp, session) {
      const now = services.now() / 1000
      for (const [revoked, lapses] of [...revokedJtis]) {
        if (lapses <= now) revokedJtis.delete(revoked)
      }
      revokedJtis.set(jti, exp)
      // Python's == between a str and anything else is False: a sid that is not a string ends nothing.
      if (typeof session === 'string') endSession(session, 'logout')
    },

    takeNotes(request) {
      const taken = notes.get(request) ?? []
      notes.delete(request)
      return taken
    },
  }

  /**
   * Why refresh_tokens lacks a token, by the stand-in's own notes: main.py decides the same 401
   * whatever the reason, and the check code says which reason it was.
   */
  function notOnRecord(refreshToken: string): { why: string; check: string } {
    if (refreshToken === '') {
      return {
        why: 'the form has no refresh_token, and no refresh token is the empty string',
        check: 'refresh-token-unknown',
      }
    }
    const session = endedTokens.get(refreshToken)
    const end = session === undefined ? undefined : sessionEnds.get(session)
    if (end) {
      const ago = describeFromNow(end.at / 1000, services.now(), 'words')
      return end.by === 'logout'
        ? {
            why: `refresh_tokens no longer holds it: a logout ended its session ${ago}`,
            check: 'refresh-token-logged-out',
          }
        : {
            why:
              `refresh_tokens no longer holds it: its session ended ${ago}, when an older refresh token ` +
              'of the session came back a second time',
            check: 'refresh-token-reuse-ended',
          }
    }
    return {
      why: 'refresh_tokens has no such token: this app never issued it (or issued it before a restart)',
      check: 'refresh-token-unknown',
    }
  }
}
