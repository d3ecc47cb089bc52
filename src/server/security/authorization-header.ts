import type { FastApiRelease } from '../fastapi-release'
import { pythonStrip } from '../python-text'

export interface AuthorizationParts {
  readonly scheme: string
  /** The parameter as the release hands it on: stripped today, as sent in 0.92. */
  readonly param: string
  /**
   * Whether today's strip would have changed the parameter 0.92 hands on (row
   * `bearer-token-not-stripped` of docs/fastapi-behaviour.md#what-fastapi-092-did-differently).
   */
  readonly unstripped: boolean
}

/**
 * FastAPI's get_authorization_scheme_param: split at the first plain space only; the scheme is
 * kept as sent. Since FastAPI 0.128.1 the parameter is stripped of Python whitespace; 0.92
 * (fastapi/security/utils.py there: `partition(" ")`, nothing more) kept it as sent.
 */
export function splitAuthorization(value: string | null, release: FastApiRelease = 'current'): AuthorizationParts {
  if (!value) return { scheme: '', param: '', unstripped: false }
  const space = value.indexOf(' ')
  if (space === -1) return { scheme: value, param: '', unstripped: false }
  const sent = value.slice(space + 1)
  const stripped = pythonStrip(sent)
  if (release === 'current') return { scheme: value.slice(0, space), param: stripped, unstripped: false }
  return { scheme: value.slice(0, space), param: sent, unstripped: sent !== stripped }
}
