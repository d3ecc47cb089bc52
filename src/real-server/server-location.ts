// `?server=<url>`: the learner's own FastAPI server, which answers instead of the stand-in. The
// address may be absolute (http://127.0.0.1:8000) or a path on the playground's own origin
// (/fastapi, through the dev server's proxy). The last one typed is remembered for the tab only.
import type { KeyValueStore } from '../ui/safe-storage'

export const SERVER_PARAM = 'server'
const REMEMBERED_KEY = 'bearer-playground:own-server'

export type ServerAddress =
  | {
      readonly ok: true
      /** The server's root, always with a trailing slash: FastAPI's routes are below it. */
      readonly root: URL
      /** What the learner wrote, to show back. */
      readonly written: string
    }
  | { readonly ok: false; readonly written: string; readonly problem: string }

/** Reads an address as typed or linked; `page` is the playground's URL, for paths on its origin. */
export function parseServerAddress(written: string, page: URL): ServerAddress {
  const text = written.trim()
  if (text === '') return { ok: false, written, problem: 'Write the address your FastAPI server listens on.' }
  // "127.0.0.1:8000" or "localhost:8000" without a scheme: host and port, as uvicorn prints them.
  const hostAndPort = /^[\w.-]+:\d+(\/|$)/.test(text)
  const withScheme = hostAndPort ? `http://${text}` : text
  if (!hostAndPort && !/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith('/')) {
    return {
      ok: false,
      written,
      problem: 'Write a full address such as http://127.0.0.1:8000, or a path on this site such as /fastapi.',
    }
  }
  let url: URL
  try {
    url = new URL(withScheme, page)
  } catch {
    return { ok: false, written, problem: `${text} is not an address a browser can open.` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, written, problem: 'Only http:// and https:// servers can answer the docs.' }
  }
  if (url.username || url.password) {
    return { ok: false, written, problem: 'Leave user names and passwords out of the address: Authorize sends them.' }
  }
  url.search = ''
  url.hash = ''
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`
  return { ok: true, root: url, written: text }
}

/** The server named by the page's query string, if any. */
export function serverFromSearch(search: string, page: URL): ServerAddress | undefined {
  const written = new URLSearchParams(search).get(SERVER_PARAM)
  return written === null || written === '' ? undefined : parseServerAddress(written, page)
}

/** The same page pointed at a server (or back at the stand-in, with `undefined`). */
export function serverHref(current: URL, written: string | undefined): string {
  const next = new URL(current.href)
  if (written === undefined) next.searchParams.delete(SERVER_PARAM)
  else next.searchParams.set(SERVER_PARAM, written)
  next.hash = ''
  return `${next.pathname}${next.search}`
}

/** Where FastAPI serves its docs page on that server: relative token URLs resolve against it. */
export function serverDocsPage(root: URL): URL {
  return new URL('docs', root)
}

/** For an address the learner typed; one that came with a link is never stored. */
export function rememberServer(store: KeyValueStore | undefined, written: string): void {
  store?.write(REMEMBERED_KEY, written)
}

export function rememberedServer(store: KeyValueStore | undefined): string | undefined {
  return store?.read(REMEMBERED_KEY)
}
