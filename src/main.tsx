import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { playgroundBase } from './app/base-url'
import { bootMock } from './app/boot-mock'
import { lessonFromSearch } from './app/lesson-location'
import './app/app.css'

// Start the worker before anything can call the API; the shell paints meanwhile and shows it.
const base = playgroundBase(window.location)
const mockStatus = bootMock(base)
// The lesson's app is needed before Swagger UI can ask for its document: ask for its chunk now,
// not once the shell has rendered. The shell loads it again (from the browser's module map) and
// reports a failure there.
lessonFromSearch(window.location.search)
  .lesson.load()
  .catch(() => undefined)

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html has no #root element')
createRoot(rootElement).render(
  <StrictMode>
    <App base={base} mockStatus={mockStatus} />
  </StrictMode>,
)

// Swagger UI's chunk (fetched early, see vite.config.ts) takes the main thread a while to run. Run
// it once the shell has painted, while the worker starts, not after: the lazy pane then finds it
// ready. A failure here shows where the pane is imported, so it is not reported twice.
requestAnimationFrame(() => {
  setTimeout(() => {
    import('./docs/swagger-pane').catch(() => undefined)
  })
})
