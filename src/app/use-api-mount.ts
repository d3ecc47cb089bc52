// Where the lesson's API answers, and who answers there: the stand-in, mounted in the mock at the
// page's folder (or behind the proxy prefix), or a real server (?server=), with nothing mounted.
import { useLayoutEffect, useMemo, useState } from 'react'
import { serverDocsPage } from '../real-server/server-location'
import type { FastApiApp } from '../server/fastapi-app'
import type { MockNetwork } from '../server/traffic'
import { apiMount, type ApiMount } from './api-mount'

export interface ApiMountInput {
  /** The page's folder. */
  readonly base: URL
  /** The mock, once it has started. */
  readonly network: MockNetwork | undefined
  /** The lesson's stand-in, once its code has loaded. */
  readonly app: FastApiApp | undefined
  /** The real server's root, when one answers instead of the stand-in. */
  readonly ownRoot: URL | undefined
}

export interface ApiMountState {
  /** Where the stand-in answers (used while no real server does). */
  readonly mount: ApiMount
  /** Where the traffic dock reads the API: the real server's root while one answers. */
  readonly trafficMount: ApiMount
  /** "Behind a proxy": the stand-in answers below `api/v1/`, like FastAPI with root_path. */
  readonly behindProxy: boolean
  readonly setBehindProxy: (behindProxy: boolean) => void
}

/** Mounts the stand-in in the mock, or takes it away while a real server answers. */
export function applyMount(
  network: MockNetwork | undefined,
  app: FastApiApp | undefined,
  mount: ApiMount,
  ownRoot: URL | undefined,
): void {
  if (ownRoot) network?.unmount()
  else if (app) network?.mount({ app, apiRoot: mount.apiRoot })
}

/** Where the traffic dock reads the API: the stand-in's mount, or the real server and its docs page. */
export function trafficMountFor(mount: ApiMount, ownRoot: URL | undefined): ApiMount {
  return ownRoot ? { apiRoot: ownRoot, docsPage: serverDocsPage(ownRoot) } : mount
}

export function useApiMount({ base, network, app, ownRoot }: ApiMountInput): ApiMountState {
  const [behindProxy, setBehindProxy] = useState(false)
  const mount = useMemo(() => apiMount(base, behindProxy), [base, behindProxy])
  // A layout effect: it runs before Swagger UI's own effects fetch the OpenAPI document.
  useLayoutEffect(() => {
    applyMount(network, app, mount, ownRoot)
  }, [network, app, mount, ownRoot])
  const trafficMount = useMemo(() => trafficMountFor(mount, ownRoot), [mount, ownRoot])
  return { mount, trafficMount, behindProxy, setBehindProxy }
}
