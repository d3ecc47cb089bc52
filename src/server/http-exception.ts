// FastAPI's HTTPException: a status, a `detail` for the JSON body and optional extra headers.
// `why` and `check` are ours: a sentence for the inspector and a short code for the lesson's
// experiments (e.g. `jwt-expired`); neither reaches the HTTP response. `releaseChange` names the
// change since an older FastAPI when the tutorial raised it the old way.
import type { ReleaseChangeId } from './release-changes'

export class HTTPException extends Error {
  readonly statusCode: number
  readonly detail: unknown
  readonly headers: Readonly<Record<string, string>>
  readonly why: string | undefined
  readonly check: string | undefined
  readonly releaseChange: ReleaseChangeId | undefined

  constructor(
    statusCode: number,
    detail: unknown,
    options: { headers?: Record<string, string>; why?: string; check?: string; releaseChange?: ReleaseChangeId } = {},
  ) {
    super(typeof detail === 'string' ? detail : `HTTP ${statusCode}`)
    this.name = 'HTTPException'
    this.statusCode = statusCode
    this.detail = detail
    this.headers = options.headers ?? {}
    this.why = options.why
    this.check = options.check
    this.releaseChange = options.releaseChange
  }
}
