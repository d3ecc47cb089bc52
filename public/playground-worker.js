// The playground's service worker: msw's worker (mockServiceWorker.js, as `msw init` wrote it),
// plus two rules of its own. The playground's own files and page loads never belong to the stand-in,
// so they go straight to the network: the worker does not hand them to the page first, as msw's
// worker does with every request of a page it mocks for. And the page loads of a stand-in's popup
// (the identity provider's login page) go to the playground page that runs the stand-in. And it
// keeps a copy of the files a page loaded, so that a reload without a network still works
// (src/server/msw/offline-copy.ts says which). Keep the lists in step with
// src/server/msw/app-files.ts (app-files.test.ts compares them).
const OWN_FILES = [
  'index.html',
  'mockServiceWorker.js',
  'playground-worker.js',
  'favicon.svg',
  'oauth2-redirect.html',
  'oauth2-redirect.js',
]
const OWN_PREFIXES = ['assets/', 'src/', 'node_modules/', '@', '__vite']
// Except for page loads below these: the stand-in identity provider's login page, which Swagger UI
// opens in a popup, is answered by the playground's page (answerStandInPage below).
const STAND_IN_PAGE_FOLDERS = ['realms/']
// How long a playground page may take to answer a stand-in's page load before the network does.
const PAGE_ANSWER_TIMEOUT_MS = 15_000
// The page's message naming the files to keep (offline-copy.ts), and the copies' names: one per build.
const KEEP_FILES_MESSAGE = 'bearer-playground:keep-files'
const KEPT_FILES_PREFIX = 'bearer-playground-files:'

const scope = new URL(self.registration.scope)

/** The path below the worker's folder, without query or fragment; null for a URL outside it. */
function pathOf(url) {
  return url.startsWith(scope.href) ? url.slice(scope.href.length).replace(/[?#].*$/, '') : null
}

function isStandInPage(request) {
  const path = pathOf(request.url)
  return request.mode === 'navigate' && path !== null && STAND_IN_PAGE_FOLDERS.some((folder) => path.startsWith(folder))
}

function isOwnFile(request) {
  const path = pathOf(request.url)
  if (request.mode === 'navigate') return !isStandInPage(request)
  if (path === null) return false
  return OWN_FILES.includes(path) || OWN_PREFIXES.some((prefix) => path.startsWith(prefix))
}

/**
 * The playground page to ask for a stand-in's page: the one that opened the popup, or, for a page
 * load the popup started itself (its login form posting back), the playground page the learner
 * sees. msw's worker would ask the popup, which runs no stand-in.
 */
async function playgroundPageFor(initiatorId) {
  const windows = await self.clients.matchAll({ type: 'window' })
  const pages = windows.filter((client) => {
    const path = pathOf(client.url)
    return path !== null && !STAND_IN_PAGE_FOLDERS.some((folder) => path.startsWith(folder))
  })
  return (
    pages.find((client) => client.id === initiatorId) ??
    pages.find((client) => client.focused) ??
    pages.find((client) => client.visibilityState === 'visible') ??
    pages[0]
  )
}

/** Asks the page as msw's worker asks it (a REQUEST message and a port), and builds its answer. */
async function answerStandInPage(event) {
  const request = event.request
  const page = await playgroundPageFor(event.clientId)
  if (!page) return fetch(request)
  const sent = request.clone()
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer()
  const reply = await new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(undefined), PAGE_ANSWER_TIMEOUT_MS)
    channel.port1.onmessage = (message) => {
      clearTimeout(timer)
      resolve(message.data)
    }
    const payload = {
      id: crypto.randomUUID(),
      url: request.url,
      mode: request.mode,
      method: request.method,
      headers: Object.fromEntries(request.headers.entries()),
      credentials: request.credentials,
      destination: request.destination,
      body,
    }
    page.postMessage({ type: 'REQUEST', payload }, body ? [channel.port2, body] : [channel.port2])
  })
  if (!reply || reply.type !== 'MOCK_RESPONSE' || reply.data.status === 0) return fetch(sent)
  const { status, statusText, headers, body: answer } = reply.data
  return new Response(answer, { status, statusText, headers })
}

/** The files of one build, the page's message says which; the copies of older builds are dropped. */
async function keepFiles(version, urls) {
  const name = KEPT_FILES_PREFIX + version
  const copy = await caches.open(name)
  await Promise.all(
    urls
      .filter((url) => pathOf(url) !== null)
      .map(async (url) => {
        if (await copy.match(url)) return
        // The page has just loaded it: the browser's HTTP cache has the very bytes it ran.
        const response = await fetch(url, { cache: 'force-cache' }).catch(() => undefined)
        if (response?.ok) await copy.put(url, response)
      }),
  )
  for (const key of await caches.keys()) {
    if (key.startsWith(KEPT_FILES_PREFIX) && key !== name) await caches.delete(key)
  }
}

/** The kept copy of a file; a page load matches the page whatever its query (`?lesson=…`). */
async function keptCopy(request) {
  for (const key of await caches.keys()) {
    if (!key.startsWith(KEPT_FILES_PREFIX)) continue
    const copy = await caches.open(key)
    const kept = await copy.match(request, { ignoreSearch: request.mode === 'navigate' })
    if (kept) return kept
  }
  return undefined
}

/** A page load: the network's answer, or the kept page when there is no network. */
async function pageLoad(request) {
  try {
    return await fetch(request)
  } catch (error) {
    const kept = await keptCopy(request)
    if (kept) return kept
    throw error
  }
}

addEventListener('message', (event) => {
  const data = event.data
  if (data?.type !== KEEP_FILES_MESSAGE || typeof data.version !== 'string' || !Array.isArray(data.urls)) return
  event.waitUntil(keepFiles(data.version, data.urls).catch(() => undefined))
})

function ownPattern(pathname) {
  return new URLPattern({
    protocol: scope.protocol.slice(0, -1),
    hostname: scope.hostname,
    port: scope.port,
    pathname: scope.pathname.replace(/[\\:*?+(){}]/g, '\\$&') + pathname,
  })
}

// Where the browser can route requests without waking the worker (the Static Routing API, Chromium
// 123 and later), it does so for the playground's own files: the network and the fetch listener
// race, and the listener answers only with a kept copy, which is the same bytes (built files have a
// hash in their names) and wins only when it is there. Page loads go to the fetch listener, which
// asks the network first. Elsewhere the fetch listener does all of this itself.
addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return
  // The first matching route wins: the stand-in's pages reach the fetch listener before page loads go to the network.
  const routes = [
    ...STAND_IN_PAGE_FOLDERS.map((folder) => ({
      condition: { urlPattern: ownPattern(`${folder}*`) },
      source: 'fetch-event',
    })),
    { condition: { requestMode: 'navigate' }, source: 'fetch-event' },
    ...[...OWN_FILES, ...OWN_PREFIXES.map((prefix) => `${prefix}*`)].map((pathname) => ({
      condition: { urlPattern: ownPattern(pathname) },
      source: 'race-network-and-fetch-handler',
    })),
  ]
  event.waitUntil(event.addRoutes(routes).catch(() => undefined))
})

// Registered before msw's own listener: stopping the event here leaves the request to the browser,
// to answerStandInPage, or to the kept copies.
addEventListener('fetch', (event) => {
  const request = event.request
  if (isStandInPage(request)) {
    event.stopImmediatePropagation()
    event.respondWith(answerStandInPage(event))
  } else if (request.mode === 'navigate') {
    event.stopImmediatePropagation()
    event.respondWith(pageLoad(request))
  } else if (isOwnFile(request)) {
    event.stopImmediatePropagation()
    event.respondWith(keptCopy(request).then((kept) => kept ?? fetch(request)))
  }
})

importScripts('./mockServiceWorker.js')
