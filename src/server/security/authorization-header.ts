import { pythonStrip } from '../python-text'

/**
 * FastAPI's get_authorization_scheme_param: split at the first plain space only; the scheme is
 * kept as sent and the parameter is stripped of Python whitespace (since FastAPI 0.128.1).
 */
export function splitAuthorization(value: string | null): { scheme: string; param: string } {
  if (!value) return { scheme: '', param: '' }
  const space = value.indexOf(' ')
  if (space === -1) return { scheme: value, param: '' }
  return { scheme: value.slice(0, space), param: pythonStrip(value.slice(space + 1)) }
}
