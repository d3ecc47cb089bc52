// Whether the page is wide enough to be an application window with the traffic docked along the
// bottom. The one place that holds the breakpoints: the stylesheets key their layout on the
// `is-docked` class this decides.
import { useCallback, useSyncExternalStore } from 'react'

/** Narrower than this the page stacks in the flow: nav, lesson, docs, traffic. */
export const DOCKED_MIN_WIDTH = 800
/** An embedded lesson has no navigation, so it keeps the dock down to smaller frames. */
export const EMBED_DOCKED_MIN_WIDTH = 560

export function useDocked(minWidth: number): boolean {
  const query = `(width > ${minWidth}px)`
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
