import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { playgroundBase } from './app/base-url'
import { bootMock } from './app/boot-mock'
import { lessonFromSearch } from './app/lesson-location'
import { createEarlyNetwork } from './server/msw/early-network'
import { createFirstScreen } from './ui/first-screen'
import './app/app.css'

// Before anything can call the API: the page answers the first screen's OpenAPI document itself,
// and holds any other request for the stand-in until the mock, started after that screen, is ready.
const base = playgroundBase(window.location)
const firstScreen = createFirstScreen()
const network = createEarlyNetwork(window, () => document.baseURI)
const mockStatus = bootMock(base, network, firstScreen)
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
    <App base={base} mockStatus={mockStatus} network={network} firstScreen={firstScreen} />
  </StrictMode>,
)

// Swagger UI's chunk (fetched early, see vite.config.ts) takes the main thread a while to run. Run
// it once the shell has painted, while the lesson's app loads: the lazy pane then finds it ready.
// A failure here shows where the pane is imported, so it is not reported twice.
requestAnimationFrame(() => {
  setTimeout(() => {
    import('./docs/swagger-pane').catch(() => undefined)
  })
})
