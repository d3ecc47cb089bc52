// The two places the walkthroughs visit: the built site at the root of a host, and the very
// same files under a sub-path, as on a project page of a static host.
export const ROOT_HOST = { port: 4173, mountPath: '/' } as const
export const SUB_PATH_HOST = { port: 4174, mountPath: '/learn/oauth2/' } as const

export function hostUrl(host: { readonly port: number; readonly mountPath: string }): string {
  return `http://127.0.0.1:${host.port}${host.mountPath}`
}
