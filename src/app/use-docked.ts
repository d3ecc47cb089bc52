// Whether the page is wide enough to be an application window with the traffic docked along the
// bottom, and whether it is as narrow as a phone. The one place that holds the breakpoints: the
// stylesheets key their layout on the `is-docked` and `is-phone` classes these decide.
import { useCallback, useSyncExternalStore } from 'react'

/** Narrower than this the page stacks in the flow: nav, lesson, docs, traffic. */
export const DOCKED_MIN_WIDTH = 800
/** An embedded lesson has no navigation, so it keeps the dock down to smaller frames. */
export const EMBED_DOCKED_MIN_WIDTH = 560
/**
 * At this width or less (a phone held upright, 320 to 430 px, with room to spare) the navigation
 * folds into one line and the traffic becomes a sheet along the bottom of the window.
 */
export const PHONE_MAX_WIDTH = 600
/** Docked and wider than this, the lesson and the docs sit side by side, each in a column of its own. */
export const SIDE_BY_SIDE_MIN_WIDTH = 960

export function useDocked(minWidth: number): boolean {
  return useMediaQuery(`(width > ${minWidth}px)`)
}

export function useSideBySide(): boolean {
  return useMediaQuery(`(width > ${SIDE_BY_SIDE_MIN_WIDTH}px)`)
}

export function usePhone(): boolean {
  return useMediaQuery(`(width <= ${PHONE_MAX_WIDTH}px)`)
}

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => {
        list.removeEventListener('change', onChange)
      }
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}
