import { describe, expect, it } from 'vitest'
import { createFastApiApp } from '../server/fastapi-app'
import type { Mount, MockNetwork } from '../server/traffic'
import { apiMount } from './api-mount'
import { applyMount, trafficMountFor } from './use-api-mount'

const base = new URL('http://127.0.0.1:4174/learn/oauth2/')
const serverRoot = new URL('http://127.0.0.1:8000/')

/** A mock network that writes down what was mounted. */
function recordingNetwork() {
  const calls: string[] = []
  const network: MockNetwork = {
    mount(mount: Mount) {
      calls.push(`mount ${mount.apiRoot.href}`)
    },
    unmount() {
      calls.push('unmount')
    },
    onTraffic: () => () => undefined,
    onReach: () => () => undefined,
  }
  return { network, calls }
}

describe('where the lesson’s API answers', () => {
  it('mounts the stand-in at its mount once the app and the mock are there', () => {
    const { network, calls } = recordingNetwork()
    const app = createFastApiApp([])
    applyMount(network, app, apiMount(base, false), undefined)
    applyMount(network, app, apiMount(base, true), undefined)
    applyMount(network, undefined, apiMount(base, false), undefined)
    applyMount(undefined, app, apiMount(base, false), undefined)
    expect(calls).toEqual([
      'mount http://127.0.0.1:4174/learn/oauth2/',
      'mount http://127.0.0.1:4174/learn/oauth2/api/v1/',
    ])
  })

  it('takes the stand-in away while a real server answers, so requests reach the network', () => {
    const { network, calls } = recordingNetwork()
    applyMount(network, createFastApiApp([]), apiMount(base, false), serverRoot)
    expect(calls).toEqual(['unmount'])
  })

  it('shows the traffic against the real server and its docs page, else against the stand-in’s mount', () => {
    const mount = apiMount(base, true)
    expect(trafficMountFor(mount, undefined)).toBe(mount)
    const real = trafficMountFor(mount, serverRoot)
    expect([real.apiRoot.href, real.docsPage.href]).toEqual(['http://127.0.0.1:8000/', 'http://127.0.0.1:8000/docs'])
  })
})
