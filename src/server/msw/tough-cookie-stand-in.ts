// In place of tough-cookie in the build (dependency-aliases.ts): an empty cookie jar for msw's cookie
// store. msw keeps that jar for one thing only, the `cookies` argument it hands its request
// handlers; it never adds the jar's cookies to a request, nor takes any from a response. The
// playground's one handler (mock-network.ts) never reads that argument: the stand-in FastAPI reads
// the request's own Cookie header, and keeps the learner's cookies in server/cookie-jar.ts. So the
// jar, with tough-cookie and its public-suffix list (tldts), is left out of the first screen's bytes.
// msw reaching any other part of tough-cookie fails loudly (tough-cookie-stand-in.test.ts pins what
// msw uses).

/** The store msw hands the jar; msw sets its index from what it persisted, which the jar ignores. */
export class MemoryCookieStore {
  idx: Record<string, unknown> = {}
}

/** A cookie msw persisted in localStorage (by an earlier build, with the real jar): dropped. */
export const Cookie = {
  fromJSON(): null {
    return null
  },
}

export class CookieJar {
  constructor(store: unknown) {
    if (!(store instanceof MemoryCookieStore)) leftOut('a cookie store other than its own')
  }

  /** msw's `cookies` argument: nothing from the jar, only the request's Cookie header and document.cookie. */
  getCookiesSync(): [] {
    return []
  }

  /** A Set-Cookie of a mocked answer, which msw would keep only for that argument. */
  setCookie(): Promise<undefined> {
    return Promise.resolve(undefined)
  }
}

function leftOut(what: string): never {
  throw new Error(
    `Bearer Playground left tough-cookie out of the build (src/server/msw/tough-cookie-stand-in.ts), and msw asked for ${what}.`,
  )
}
