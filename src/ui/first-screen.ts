// The first useful screen is Swagger UI showing the lesson's API. What can wait (the lesson's text
// in Markdown, its experiments, the traffic inspector) waits until Swagger UI has drawn, so that a
// cold start spends the main thread on the docs first. A fallback timer makes sure nothing waits
// for a pane that never draws.
import { createContext, useContext, useSyncExternalStore } from 'react'

export interface FirstScreen {
  /** Swagger UI has drawn the lesson's document, or there is none to draw: the rest may load. */
  readonly markDrawn: () => void
  readonly isDrawn: () => boolean
  readonly subscribe: (listener: () => void) => () => void
}

/** How long the rest of the page waits at most, whatever happens to the docs. */
export const FIRST_SCREEN_FALLBACK_MS = 2000

export function createFirstScreen(fallbackMs = FIRST_SCREEN_FALLBACK_MS): FirstScreen {
  let drawn = false
  const listeners = new Set<() => void>()
  const markDrawn = () => {
    if (drawn) return
    drawn = true
    clearTimeout(fallback)
    performance.mark('bearer-playground:docs-drawn')
    for (const listener of listeners) listener()
  }
  const fallback = setTimeout(markDrawn, fallbackMs)
  return {
    markDrawn,
    isDrawn: () => drawn,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/** Without a provider (a view rendered on its own, in a test) nothing waits. */
export const FirstScreenContext = createContext<FirstScreen | null>(null)

const ALWAYS_DRAWN = { subscribe: () => () => undefined, isDrawn: () => true }

/** Whether the parts of the page that wait for the docs may render now. */
export function useFirstScreenDrawn(): boolean {
  return useScreenDrawn(useContext(FirstScreenContext) ?? ALWAYS_DRAWN)
}

/** Whether `screen` is drawn, for the component that provides it (rendered to markup too, in tests). */
export function useScreenDrawn(screen: Pick<FirstScreen, 'subscribe' | 'isDrawn'>): boolean {
  return useSyncExternalStore(screen.subscribe, screen.isDrawn, screen.isDrawn)
}
