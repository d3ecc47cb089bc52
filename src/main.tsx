import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { playgroundBase } from './app/base-url'
import { bootMock } from './app/boot-mock'
import './app/app.css'
import { createExchangeLog } from './server/exchange-log'

// Start the worker before anything can call the API; the shell paints meanwhile and shows it.
const base = playgroundBase(window.location)
const exchangeLog = createExchangeLog()
const mockStatus = bootMock(base, exchangeLog)

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html has no #root element')
createRoot(rootElement).render(
  <StrictMode>
    <App base={base} mockStatus={mockStatus} />
  </StrictMode>,
)
