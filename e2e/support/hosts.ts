// The two places the walkthroughs visit: the built site at the root of a host, and the very
// same files under a sub-path, as on a project page of a static host. E2E_PORT_BASE and
// E2E_DIST let two runs (say, two worktrees) share a machine.
const portBase = Number(process.env.E2E_PORT_BASE ?? 4173)

export const ROOT_HOST = { port: portBase, mountPath: '/' } as const
export const SUB_PATH_HOST = { port: portBase + 1, mountPath: '/learn/oauth2/' } as const
/** Another origin (another port), for a tutorial site that embeds a lesson in an iframe. */
export const EMBEDDING_PORT = portBase + 2

export const DIST_FOLDER = process.env.E2E_DIST ?? new URL('../../dist', import.meta.url).pathname

export function hostUrl(host: { readonly port: number; readonly mountPath: string }): string {
  return `http://127.0.0.1:${host.port}${host.mountPath}`
}
