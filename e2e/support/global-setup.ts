import { existsSync } from 'node:fs'
import { ensureBrowserAvailable } from './browser'
import { serveEmbeddingSite } from './embedding-site'
import { DIST_FOLDER as dist, EMBEDDING_PORT, ROOT_HOST, SUB_PATH_HOST, hostUrl } from './hosts'
import { serveStatic } from './static-host'

/** Serves the production build (`npm run build`) at the root and under a sub-path, and a page of
 * another origin that embeds it. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureBrowserAvailable()
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('No production build in dist/. Run `npm run build` first (npm test does).')
  }
  const hosts = await Promise.all(
    [ROOT_HOST, SUB_PATH_HOST].map((host) => serveStatic(dist, host.mountPath, host.port)),
  )
  const closeSite = await serveEmbeddingSite(EMBEDDING_PORT, hostUrl(SUB_PATH_HOST))
  return async () => {
    await Promise.all([...hosts.map((host) => host.close()), closeSite()])
  }
}
