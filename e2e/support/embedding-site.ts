// A tutorial site that puts lesson one beside its own text in an iframe, as the README shows: on
// another origin of the same site (127.0.0.1, another port), and on another site (localhost, the
// same server), where browsers treat the frame as third-party. And browsers whose profile allows or
// blocks third-party cookies, the setting that decides whether such a frame gets storage and a
// service worker.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './browser'
import { EMBEDDING_PORT } from './hosts'

export const EMBEDDED_TITLE = 'Bearer Playground: First steps'

/** The tutorial site on the playground's own site (127.0.0.1), another port: cross-origin, same-site. */
export const SAME_SITE_PAGE = `http://127.0.0.1:${EMBEDDING_PORT}/`
/** The same page on another site: `localhost` is not `127.0.0.1` to a browser's site rules. */
export const CROSS_SITE_PAGE = `http://localhost:${EMBEDDING_PORT}/`

/**
 * A Chromium with a profile of its own whose Settings › Privacy and security › Third-party cookies
 * is set: the preference `profile.cookie_controls_mode` (0 allows them, 1 blocks them). `close`
 * closes that browser and removes its profile.
 */
export async function launchWithThirdPartyCookies(
  choice: 'allowed' | 'blocked',
  viewport: { width: number; height: number },
): Promise<{ readonly context: BrowserContext; readonly close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bearer-playground-profile-'))
  await mkdir(join(profile, 'Default'))
  const preferences = { profile: { cookie_controls_mode: choice === 'allowed' ? 0 : 1 } }
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    serviceWorkers: 'allow',
    viewport,
  })
  return {
    context,
    close: async () => {
      await context.close()
      // The browser may still be writing its profile as it exits.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    },
  }
}

export async function serveEmbeddingSite(port: number, playgroundUrl: string): Promise<() => Promise<void>> {
  const lesson = new URL('?lesson=first-steps&view=embed', playgroundUrl).href
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A tutorial site</title></head><body>' +
    '<main><h1>Security, first steps</h1>' +
    `<iframe src="${lesson}" title="${EMBEDDED_TITLE}" width="800" height="600"></iframe>` +
    '</main></body></html>'
  const site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve, reject) => {
    site.once('error', reject)
    site.listen(port, '127.0.0.1', resolve)
  })
  return () =>
    new Promise<void>((resolve) => {
      site.closeAllConnections()
      site.close(() => {
        resolve()
      })
    })
}
