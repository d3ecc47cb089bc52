// `?lesson=` and its companions as page state: read on load and on Back/Forward, pushed when the
// learner opens another lesson from the navigation. Each read gives a new `LessonLocation` object:
// a new visit, which the switches and the clock take as their cue to start over.
import { useEffect, useState, type MouseEvent } from 'react'
import { lessonFromSearch, lessonHref, type LessonLocation } from './lesson-location'

export interface LessonUrl {
  /** Where the learner is; a new object on each visit, even to the same lesson. */
  readonly location: LessonLocation
  /** The navigation's link handler: opens the lesson in place, or leaves the click to the browser. */
  readonly openLesson: (event: MouseEvent<HTMLAnchorElement>, lessonId: string) => void
}

/** What a click on a lesson link looks like, as far as opening it in place is concerned. */
export interface LinkClick {
  readonly metaKey: boolean
  readonly ctrlKey: boolean
  readonly shiftKey: boolean
  readonly button: number
}

/** A plain primary click opens the lesson in this page; with a modifier, the browser opens a tab or window. */
export function opensInPlace(click: LinkClick): boolean {
  return !click.metaKey && !click.ctrlKey && !click.shiftKey && click.button === 0
}

function fromPage(): LessonLocation {
  return lessonFromSearch(window.location.search)
}

export function useLessonUrl(): LessonUrl {
  const [location, setLocation] = useState(fromPage)

  useEffect(() => {
    const onPopState = () => {
      setLocation(fromPage())
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('popstate', onPopState)
    }
  }, [])

  useEffect(() => {
    document.title = `${location.lesson.title} · Bearer Playground`
  }, [location.lesson])

  return {
    location,
    openLesson(event, lessonId) {
      if (!opensInPlace(event)) return
      event.preventDefault()
      window.history.pushState(null, '', lessonHref(new URL(window.location.href), lessonId))
      setLocation(fromPage())
    },
  }
}
