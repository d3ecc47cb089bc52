import { existsSync } from 'node:fs'
import { ensureBrowserAvailable } from './browser'
import { serveEmbeddingSite } from './embedding-site'
import { startFastApiServers } from './fastapi-servers'
import { DIST_FOLDER as dist, EMBEDDING_PORT, ROOT_HOST, SUB_PATH_HOST, hostUrl } from './hosts'
import { serveStatic } from './static-host'

/** Serves the production build (`npm run build`) at the root and under a sub-path, a page of
 * another origin that embeds it, and real FastAPI servers that let both playground origins in. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureBrowserAvailable()
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error('No production build in dist/. Run `npm run build` first (npm test does).')
  }
  const hosts = await Promise.all(
    [ROOT_HOST, SUB_PATH_HOST].map((host) => serveStatic(dist, host.mountPath, host.port)),
  )
  const closeSite = await serveEmbeddingSite(EMBEDDING_PORT, hostUrl(SUB_PATH_HOST))
  const origins = [ROOT_HOST, SUB_PATH_HOST].map((host) => new URL(hostUrl(host)).origin)
  const stopServers = await startFastApiServers(origins).catch(async (error: unknown) => {
    await Promise.all([...hosts.map((host) => host.close()), closeSite()])
    throw error
  })
  return async () => {
    await Promise.all([...hosts.map((host) => host.close()), closeSite(), stopServers()])
  }
}
