import react from '@vitejs/plugin-react'
import type { ProxyOptions } from 'vite'
import { defineConfig } from 'vitest/config'

// FASTAPI_PROXY=http://127.0.0.1:8000 passes /fastapi/* on to that server (prefix dropped), so
// `?server=/fastapi` reaches a local FastAPI app from the playground's own origin: no CORS needed.
// The Host header stays the page's, so a server started with `--root-path /fastapi` writes its
// redirects and its OpenAPI `servers` back through the proxy.
const fastapiProxy: Record<string, ProxyOptions> | undefined = process.env.FASTAPI_PROXY
  ? {
      '/fastapi/': {
        target: process.env.FASTAPI_PROXY,
        rewrite: (path) => path.replace(/^\/fastapi/, ''),
      },
    }
  : undefined

// `base: './'` makes the build relative, so dist/ works under any sub-path without rebuilding.
// The app derives its API root from the page's own folder at run time (src/app/base-url.ts).
export default defineConfig(({ command }) => ({
  base: command === 'build' ? './' : '/',
  plugins: [react()],
  resolve: {
    // msw's cookie store asks tldts for public suffixes; tldts-experimental answers the same
    // questions from a packed list a fraction of the size, which shortens the mock's start.
    alias: { tldts: 'tldts-experimental' },
  },
  build: {
    // Swagger UI is one large lazy chunk; the first paint does not wait for it.
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: fastapiProxy },
  preview: { port: 4173, strictPort: true, proxy: fastapiProxy },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
}))
