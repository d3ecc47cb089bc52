// The playground's service worker: msw's worker (mockServiceWorker.js, as `msw init` wrote it),
// plus two rules of its own. The playground's own files and page loads never belong to the stand-in,
// so they go straight to the network: the worker does not hand them to the page first, as msw's
// worker does with every request of a page it mocks for. And the page loads of a stand-in's popup
// (the identity provider's login page) go to the playground page that runs the stand-in. Keep the
// lists in step with src/server/msw/app-files.ts (app-files.test.ts compares them).
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

function ownPattern(pathname) {
  return new URLPattern({
    protocol: scope.protocol.slice(0, -1),
    hostname: scope.hostname,
    port: scope.port,
    pathname: scope.pathname.replace(/[\\:*?+(){}]/g, '\\$&') + pathname,
  })
}

// Where the browser can route requests without waking the worker at all (the Static Routing API,
// Chromium 123 and later), it does so for these; elsewhere the fetch listener below steps aside.
addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function' || typeof URLPattern !== 'function') return
  // The first matching route wins: the stand-in's pages reach the fetch listener before page loads go to the network.
  const routes = [
    ...STAND_IN_PAGE_FOLDERS.map((folder) => ({
      condition: { urlPattern: ownPattern(`${folder}*`) },
      source: 'fetch-event',
    })),
    { condition: { requestMode: 'navigate' }, source: 'network' },
    ...OWN_FILES.map((file) => ({ condition: { urlPattern: ownPattern(file) }, source: 'network' })),
    ...OWN_PREFIXES.map((prefix) => ({ condition: { urlPattern: ownPattern(`${prefix}*`) }, source: 'network' })),
  ]
  event.waitUntil(event.addRoutes(routes).catch(() => undefined))
})

// Registered before msw's own listener: stopping the event here leaves the request to the browser,
// or to answerStandInPage.
addEventListener('fetch', (event) => {
  if (isStandInPage(event.request)) {
    event.stopImmediatePropagation()
    event.respondWith(answerStandInPage(event))
  } else if (isOwnFile(event.request)) event.stopImmediatePropagation()
})

importScripts('./mockServiceWorker.js')
