// Vitest's global setup: make the current-FastAPI virtualenv once, before the test files run in
// parallel and would each try to make it.
import { currentFastApiPython } from './python'

export function setup(): void {
  currentFastApiPython()
}
