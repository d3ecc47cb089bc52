// The browser's cookie jar, played by the page: a browser ignores `Set-Cookie` on a response a
// service worker builds (and never shows it to `fetch`), so the stand-in keeps the cookies its apps
// set and sends them back as a browser would. RFC 6265 §5.2 (reading Set-Cookie), RFC 6265 §5.3
// (storing), RFC 6265 §5.4 (the Cookie header), for one host: every cookie is host-only, and paths
// are the app's.
// `Secure` and `SameSite` are kept to be shown, not enforced: every request here is same-site, from
// the page's own origin, and browsers count http://localhost as secure.

export type SameSite = 'strict' | 'lax' | 'none'

export interface StoredCookie {
  readonly name: string
  readonly value: string
  readonly path: string
  /** When it expires, in milliseconds since the epoch; null for a session cookie. */
  readonly expiresAt: number | null
  readonly httpOnly: boolean
  readonly secure: boolean
  /** As the attribute said; null when it said nothing (browsers then treat it as Lax). */
  readonly sameSite: SameSite | null
  /** When it was first stored: of two cookies with equally long paths, the older goes first. */
  readonly createdAt: number
}

/** What one `Set-Cookie` line did to the jar, for the traffic panel. */
export type CookieChange =
  | { readonly kind: 'stored'; readonly cookie: StoredCookie }
  | { readonly kind: 'removed'; readonly name: string; readonly path: string }
  | { readonly kind: 'ignored'; readonly line: string; readonly why: string }

export interface CookieJar {
  /** Applies the response's `Set-Cookie` lines, for a request to `requestPath`, at the jar's now. */
  store(setCookieLines: readonly string[], requestPath: string): CookieChange[]
  /** The `Cookie` header a browser sends to `path` now, or null when no cookie applies. */
  cookieHeaderFor(path: string): string | null
  /** The cookies alive now, as a browser's storage view lists them. */
  list(): StoredCookie[]
  clear(): void
}

export function createCookieJar(now: () => number): CookieJar {
  let cookies: StoredCookie[] = []
  const alive = () => {
    const at = now()
    cookies = cookies.filter((cookie) => cookie.expiresAt === null || cookie.expiresAt > at)
    return cookies
  }
  return {
    store(lines, requestPath) {
      return lines.map((line) => {
        const parsed = parseSetCookie(line, requestPath, now())
        if (!parsed.ok) return { kind: 'ignored', line, why: parsed.why }
        const { cookie } = parsed
        const same = (stored: StoredCookie) => stored.name === cookie.name && stored.path === cookie.path
        const previous = cookies.find(same)
        cookies = cookies.filter((stored) => !same(stored))
        // An expiry in the past is how a server deletes a cookie (Starlette's delete_cookie: Max-Age=0).
        if (cookie.expiresAt !== null && cookie.expiresAt <= now()) {
          return { kind: 'removed', name: cookie.name, path: cookie.path }
        }
        const stored = previous ? { ...cookie, createdAt: previous.createdAt } : cookie
        cookies.push(stored)
        return { kind: 'stored', cookie: stored }
      })
    },
    cookieHeaderFor(path) {
      const sent = alive()
        .filter((cookie) => pathMatches(path, cookie.path))
        .sort((a, b) => b.path.length - a.path.length || a.createdAt - b.createdAt)
      return sent.length === 0 ? null : sent.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
    },
    list() {
      return [...alive()]
    },
    clear() {
      cookies = []
    },
  }
}

type Parsed = { readonly ok: true; readonly cookie: StoredCookie } | { readonly ok: false; readonly why: string }

/** RFC 6265 §5.2, with a name required as RFC 6265 has it (a line without `=` is ignored). */
export function parseSetCookie(line: string, requestPath: string, at: number): Parsed {
  const [pair = '', ...attributes] = line.split(';')
  const equals = pair.indexOf('=')
  if (equals < 0) return { ok: false, why: 'it has no "=" between a name and a value' }
  const name = pair.slice(0, equals).trim()
  const value = pair.slice(equals + 1).trim()
  if (name === '') return { ok: false, why: 'its name is empty' }

  let maxAge: number | null = null
  let expires: number | null = null
  let path: string | null = null
  let httpOnly = false
  let secure = false
  let sameSite: SameSite | null = null
  for (const attribute of attributes) {
    const split = attribute.indexOf('=')
    const key = (split < 0 ? attribute : attribute.slice(0, split)).trim().toLowerCase()
    const argument = split < 0 ? '' : attribute.slice(split + 1).trim()
    if (key === 'max-age') {
      // RFC 6265 §5.2.2: digits with an optional leading "-"; anything else leaves the attribute out.
      if (/^-?\d+$/.test(argument)) maxAge = Number(argument)
    } else if (key === 'expires') {
      const time = Date.parse(argument)
      if (!Number.isNaN(time)) expires = time
    } else if (key === 'path') {
      path = argument.startsWith('/') ? argument : null
    } else if (key === 'httponly') {
      httpOnly = true
    } else if (key === 'secure') {
      secure = true
    } else if (key === 'samesite') {
      const mode = argument.toLowerCase()
      if (mode === 'strict' || mode === 'lax' || mode === 'none') sameSite = mode
    }
  }
  // Max-Age wins over Expires (RFC 6265 §5.3 step 3); zero or less means at once.
  const expiresAt = maxAge !== null ? (maxAge <= 0 ? at - 1 : at + maxAge * 1000) : expires
  return {
    ok: true,
    cookie: {
      name,
      value,
      path: path ?? defaultPath(requestPath),
      expiresAt,
      httpOnly,
      secure,
      sameSite,
      createdAt: at,
    },
  }
}

/** RFC 6265 §5.1.4: the request path up to, not including, its last "/"; "/" when that leaves nothing. */
export function defaultPath(requestPath: string): string {
  const path = requestPath.split('?')[0] ?? ''
  if (!path.startsWith('/')) return '/'
  const last = path.lastIndexOf('/')
  return last <= 0 ? '/' : path.slice(0, last)
}

/** RFC 6265 §5.1.4: the cookie's path is the request path, or a prefix of it that ends at a "/". */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.split('?')[0] ?? ''
  if (path === cookiePath) return true
  if (!path.startsWith(cookiePath)) return false
  return cookiePath.endsWith('/') || path[cookiePath.length] === '/'
}
