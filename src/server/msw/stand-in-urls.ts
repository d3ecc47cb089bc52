// Which URLs the mounted stand-in answers: below its API root (but not one of the playground's own
// files there), or below the root of a third party its app trusts (an identity provider). Every
// part of the mock network asks these, from the worker's shortcuts to the page's network before msw.
import type { ThirdPartyStandIn } from '../fastapi-app'
import type { Mount } from '../traffic'
import { isAppUrl } from './app-files'

/** Whether a URL is the mounted API's to answer: below its root and not one of the app's files. */
export function isApiUrl(url: string, apiRoot: URL): boolean {
  return url.startsWith(apiRoot.href) && !isAppUrl(url, apiRoot)
}

/** The third party (an identity provider) the mounted app trusts whose root the URL is below, if any. */
export function thirdPartyFor(url: string, mount: Mount | undefined): ThirdPartyStandIn | undefined {
  return mount?.app.thirdParties?.find((party) => url.startsWith(party.root.href))
}

/** Whether the mounted stand-in, or a third party it runs, answers the URL. */
export function isStandInUrl(url: string, mount: Mount): boolean {
  return isApiUrl(url, mount.apiRoot) || thirdPartyFor(url, mount) !== undefined
}
