// Does FastAPI's answer agree with the stand-in's? The status, the body byte for byte, and the
// headers that carry the lesson. A difference says where the two part, and leaves room for the
// FastAPI release that explains it (the stand-in follows the current release; a server may run
// an older one, such as Debian's 0.92).

export interface Answer {
  readonly status: number
  readonly headers: readonly (readonly [string, string])[]
  readonly body: string
}

/** The headers compared: those the lessons teach, plus what says how to read the body. */
export const COMPARED_HEADERS = ['www-authenticate', 'allow', 'location', 'content-type'] as const

/** Which FastAPI release changed this, and how: attached to a difference by whoever knows. */
export interface ReleaseExplanation {
  /** e.g. "0.122.0" */
  readonly release: string
  readonly change: string
}

export interface AnswerDifference {
  readonly aspect: 'status' | 'header' | 'body'
  /** "status", the header's name, or "body". */
  readonly name: string
  /** What the real server sent; undefined for a header it did not send. */
  readonly server: string | undefined
  readonly standIn: string | undefined
  /** For a body: where the two part, as a JSON path (`detail[0].msg`) and a character offset. */
  readonly where?: { readonly path: string | undefined; readonly offset: number }
  readonly release?: ReleaseExplanation
}

export interface AnswerComparison {
  /** Whether everything the page could read agrees. */
  readonly agree: boolean
  readonly differences: readonly AnswerDifference[]
  /**
   * Compared headers the stand-in sends that the page could not see in the server's answer: across
   * origins, CORS lets a page read only a few headers unless the server exposes more
   * (`Access-Control-Expose-Headers`), so the server may well have sent them.
   */
  readonly unreadable: readonly string[]
}

/** Response headers a page may always read across origins (the Fetch standard's safelist). */
const CORS_SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
])

export interface CompareOptions {
  /** Whether the server is on another origin than the page, so CORS filtered its headers. */
  readonly crossOrigin?: boolean
}

export function compareAnswers(server: Answer, standIn: Answer, options: CompareOptions = {}): AnswerComparison {
  const differences: AnswerDifference[] = []
  const unreadable: string[] = []
  if (server.status !== standIn.status) {
    differences.push({
      aspect: 'status',
      name: 'status',
      server: String(server.status),
      standIn: String(standIn.status),
    })
  }
  for (const name of COMPARED_HEADERS) {
    const fromServer = headerOf(server.headers, name)
    const fromStandIn = headerOf(standIn.headers, name)
    if (fromServer === fromStandIn) continue
    if (fromServer === undefined && options.crossOrigin && !CORS_SAFELISTED.has(name)) unreadable.push(name)
    else differences.push({ aspect: 'header', name, server: fromServer, standIn: fromStandIn })
  }
  if (server.body !== standIn.body) {
    const offset = firstDifference(server.body, standIn.body)
    differences.push({
      aspect: 'body',
      name: 'body',
      server: server.body,
      standIn: standIn.body,
      where: { path: firstJsonDifference(server.body, standIn.body), offset },
    })
  }
  return { agree: differences.length === 0, differences, unreadable }
}

/** All values of a header, joined as fetch joins them; names compared case-insensitively. */
function headerOf(headers: Answer['headers'], name: string): string | undefined {
  const values = headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value)
  return values.length === 0 ? undefined : values.join(', ')
}

export function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index += 1) if (a[index] !== b[index]) return index
  return length
}

/**
 * The first place two JSON texts disagree, as a path like `detail[0].msg`, in the server's key
 * order; `(root)` when the values differ at the top. Undefined when either is not JSON, or when
 * only the spelling differs (spaces, escapes, key order), so the offset alone says where.
 */
export function firstJsonDifference(a: string, b: string): string | undefined {
  const left = parse(a)
  const right = parse(b)
  if (left === NOT_JSON || right === NOT_JSON) return undefined
  return walk(left, right, '')
}

const NOT_JSON = Symbol('not JSON')

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return NOT_JSON
  }
}

function walk(a: unknown, b: unknown, path: string): string | undefined {
  const here = path === '' ? '(root)' : path
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
      if (index >= a.length || index >= b.length) return `${path}[${index}]`
      const found = walk(a[index], b[index], `${path}[${index}]`)
      if (found !== undefined) return found
    }
    return undefined
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((key) => !(key in a))]
    for (const key of keys) {
      const next = path === '' ? key : `${path}.${key}`
      if (!(key in a) || !(key in b)) return next
      const found = walk(a[key], b[key], next)
      if (found !== undefined) return found
    }
    return undefined
  }
  return Object.is(a, b) ? undefined : here
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
