// What Swagger UI draws only on demand, Markdown and syntax highlighting, fetched once its first
// screen is up, while the learner reads: the first Execute then shows a highlighted answer at once,
// and the worker's offline copy (server/msw/offline-copy.ts) holds both for a reload without a
// network. A failure here is left to the component that needs the module, which says so.
import { load as loadHighlighter } from './build-aliases/lazy-syntax-highlighter'
import { loadRenderer } from './lazy-markdown'

export function preloadAfterFirstScreen(): void {
  const start = () => {
    loadRenderer().catch(() => undefined)
    loadHighlighter().catch(() => undefined)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 })
  else setTimeout(start, 200)
}
