import react from '@vitejs/plugin-react'
import { availableParallelism } from 'node:os'
import type { HtmlTagDescriptor, Plugin, ProxyOptions, Rolldown } from 'vite'
import { defineConfig } from 'vitest/config'
import { swaggerCssTrim } from './src/docs/build-aliases/swagger-css-trim'
import { swaggerUiStreamTrim } from './src/docs/build-aliases/swagger-ui-stream-trim'
import { swaggerUiTrim } from './src/docs/build-aliases/swagger-ui-trim'
import { swaggerUiPkceInterop } from './src/docs/swagger-ui-interop'
import { MSW_DEPENDENCY_ALIASES } from './src/server/msw/dependency-aliases'

/**
 * Lazy chunks the first paint does not wait for, but the first useful screen does: Swagger UI.
 * A dynamic import would only ask for it once the entry has run; hints in the page's head let the
 * browser fetch and compile it while the shell loads. (The mock, msw, is not one: it starts after
 * the first screen, src/app/boot-mock.ts.)
 */
const EARLY_CHUNKS = ['/src/docs/swagger-pane.tsx']

/**
 * V8's explicit compile hint (Chrome 136+) on the entry chunk, which a cold start runs in full: its
 * functions compile on the thread that streams the script in, instead of one by one on the main
 * thread the first time each is called. Other engines read it as a comment. (On Swagger UI's chunk
 * it made no measurable difference.) Added after minification, which would drop a comment.
 */
function compileHint(chunk: Rolldown.RenderedChunk): string {
  return chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''
}

function fetchEarly(): Plugin {
  return {
    name: 'bearer-playground:fetch-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter(
          (output): output is Rolldown.OutputChunk =>
            output.type === 'chunk' && EARLY_CHUNKS.some((id) => output.facadeModuleId?.endsWith(id)),
        )
        if (chunks.length !== EARLY_CHUNKS.length)
          throw new Error(`fetch-early: not every chunk of ${EARLY_CHUNKS.join(', ')}`)
        // `data-early` tells `npm run bench` these are not part of what the first paint needs.
        return chunks.flatMap((chunk): HtmlTagDescriptor[] => [
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${css}`, 'data-early': true },
            injectTo: 'head' as const,
          })),
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}`, 'data-early': true },
            injectTo: 'head',
          },
        ])
      },
    },
  }
}

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
  plugins: [react(), fetchEarly(), swaggerUiPkceInterop(), swaggerUiTrim(), swaggerUiStreamTrim()],
  // The development server pre-bundles Swagger UI: the same fix applies there. (What the build trims
  // from Swagger UI, swaggerUiTrim and swaggerUiStreamTrim, is for the bytes a learner downloads:
  // development keeps all.)
  optimizeDeps: { rolldownOptions: { plugins: [swaggerUiPkceInterop()] } },
  resolve: { alias: { ...MSW_DEPENDENCY_ALIASES } },
  // Swagger UI's stylesheet without the rules its markup can never match (swagger-css-trim.ts).
  css: command === 'build' ? { postcss: { plugins: [swaggerCssTrim()] } } : {},
  build: {
    // Swagger UI is one large lazy chunk; the first paint does not wait for it.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { postBanner: compileHint } },
  },
  server: { proxy: fastapiProxy },
  preview: { port: 4173, strictPort: true, proxy: fastapiProxy },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/server/msw/testing/node20-polyfills.ts'],
    globalSetup: ['src/testing/current-fastapi/global-setup.ts'],
    // One worker per core, not vitest's cores - 1: the longest files wait on uvicorn and pytest
    // more than they compute, and on two cores a single worker left the second one idle.
    maxWorkers: availableParallelism(),
    // The test files share their worker's modules instead of importing everything anew: no test
    // leans on module state (each makes its own apps and stores), and a run takes half the time.
    // Checked with shuffled file orders (`--sequence.shuffle.files`).
    isolate: false,
  },
}))
