// The playground's service worker: msw's worker (mockServiceWorker.js, as `msw init` wrote it),
// plus one rule of its own. The playground's own files and page loads never belong to the stand-in,
// so they go straight to the network: the worker does not hand them to the page first, as msw's
// worker does with every request of a page it mocks for. Keep the lists in step with
// src/server/msw/app-files.ts (app-files.test.ts compares them).
const OWN_FILES = ['index.html', 'mockServiceWorker.js', 'playground-worker.js', 'favicon.svg']
const OWN_PREFIXES = ['assets/', 'src/', 'node_modules/', '@', '__vite']

const scope = new URL(self.registration.scope)

function isOwnFile(request) {
  if (request.mode === 'navigate') return true
  if (!request.url.startsWith(scope.href)) return false
  const path = request.url.slice(scope.href.length).replace(/[?#].*$/, '')
  return OWN_FILES.includes(path) || OWN_PREFIXES.some((prefix) => path.startsWith(prefix))
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
  const routes = [
    { condition: { requestMode: 'navigate' }, source: 'network' },
    ...OWN_FILES.map((file) => ({ condition: { urlPattern: ownPattern(file) }, source: 'network' })),
    ...OWN_PREFIXES.map((prefix) => ({ condition: { urlPattern: ownPattern(`${prefix}*`) }, source: 'network' })),
  ]
  event.waitUntil(event.addRoutes(routes).catch(() => undefined))
})

// Registered before msw's own listener: stopping the event here leaves the request to the browser.
addEventListener('fetch', (event) => {
  if (isOwnFile(event.request)) event.stopImmediatePropagation()
})

importScripts('./mockServiceWorker.js')
