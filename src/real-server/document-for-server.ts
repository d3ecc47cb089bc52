// The server's own OpenAPI document, pointed at the server for Swagger UI. Read from another
// origin, a document without `servers` would send Try it out to the playground's origin, and a
// relative server (FastAPI's root_path) would resolve against the playground too. So each server
// becomes absolute on the learner's server, with a trailing slash: Swagger UI then resolves the
// relative tokenUrl "token" below it as FastAPI's own /docs page would, and trims the slash
// before it appends an operation's path.

export function documentForServer(document: Record<string, unknown>, root: URL): Record<string, unknown> {
  const listed = Array.isArray(document.servers) ? document.servers : []
  const servers = listed.flatMap((server: unknown) => {
    if (typeof server !== 'object' || server === null) return []
    const { url } = server as { url?: unknown }
    if (typeof url !== 'string') return []
    // FastAPI's root_path entries are paths on the server's origin.
    return [{ ...server, url: withTrailingSlash(new URL(url, root.origin)).href }]
  })
  return { ...document, servers: servers.length > 0 ? servers : [{ url: root.href }] }
}

function withTrailingSlash(url: URL): URL {
  const copy = new URL(url.href)
  if (!copy.pathname.endsWith('/')) copy.pathname = `${copy.pathname}/`
  return copy
}
