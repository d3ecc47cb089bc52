// Each lesson is its own place: opening one (from the navigation, Back or Forward) starts its text
// at the top. The lesson column is the same element from one lesson to the next and would keep the
// previous lesson's scroll position. A `&try=` experiment scrolls itself into view afterwards
// (try-this-list.tsx, in an effect, after this layout effect).
import { useLayoutEffect, useRef, type RefObject } from 'react'

/** Scrolls the element's text back to its top on every new visit, but not on the page's first. */
export function useStartsAtTop(element: RefObject<HTMLElement | null>, visit: object): void {
  const firstVisit = useRef(visit)
  useLayoutEffect(() => {
    const target = element.current
    if (!target || visit === firstVisit.current) return
    scrollToTop(target)
  }, [element, visit])
}

/** The element's own scroll back to 0, and the element brought to the top of the view if it is not near it. */
export function scrollToTop(target: HTMLElement): void {
  target.scrollTop = 0
  const top = target.getBoundingClientRect().top
  // Where the boxes that scroll it (a narrow docked page's column, say) start showing content.
  let visibleTop = 0
  for (let box = target.parentElement; box && box !== document.body; box = box.parentElement) {
    if (getComputedStyle(box).overflowY !== 'visible')
      visibleTop = Math.max(visibleTop, box.getBoundingClientRect().top)
  }
  // Hidden above, or far down the page (below a phone's navigation): its title goes to the top.
  if (top < visibleTop || top > window.innerHeight / 2) target.scrollIntoView({ block: 'start' })
}
