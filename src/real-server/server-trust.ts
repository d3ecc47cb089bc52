// Which servers a link may connect the docs to by itself. A link to the playground with
// `?server=https://any-host` would otherwise load that host's OpenAPI document on the playground's
// own, trusted page, and the learner would type credentials into an Authorize dialog that posts
// them there. Swagger UI turned its own `?url=` off by default for the same reason
// (`queryConfigEnabled`, 4.1.3). So a link connects by itself only to this machine or to the
// playground's own origin; any other host waits until the learner, told where it goes, agrees.

/**
 * Whether a server named by a link may answer without asking: a loopback address (this machine,
 * any port, http or https) or the playground's own origin (a path such as `/fastapi`).
 * `root` must be what the page will fetch from, parsed by `URL`: checking the parsed host, never
 * the text, is what makes `http://127.0.0.1.evil.example` or `http://evil.example#@127.0.0.1` fail.
 */
export function connectsByItself(root: URL, page: URL): boolean {
  if (root.protocol !== 'http:' && root.protocol !== 'https:') return false
  // Credentials in the address would be sent along; no link needs them.
  if (root.username !== '' || root.password !== '') return false
  return isLoopbackHost(root.hostname) || root.origin === page.origin
}

/**
 * A host name, as `URL` writes it (lower case; IPv4 in dotted decimal however it was written;
 * IPv6 in brackets, shortest form), that can only mean this machine. Deliberately narrow:
 * `localhost.` and `*.localhost` go through DNS on some systems, and an IPv4-mapped IPv6
 * address (`[::ffff:7f00:1]`) is loopback only where the network stack maps it; those ask first.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname)
  return octets?.[1] === '127' && octets.slice(2).every((octet) => Number(octet) <= 255)
}
