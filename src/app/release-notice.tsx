// The notice at the top of a lesson when `?fastapi=0.92` is on: what the stand-in answers as, and
// a link back to today's FastAPI (the same page without the parameter, loaded afresh).
import type { Lesson } from '../lessons/lesson'
import { release092Support } from '../lessons/release-support'
import type { FastApiRelease } from '../server/fastapi-release'

export function todayHref(current: URL): string {
  const next = new URL(current.href)
  next.searchParams.delete('fastapi')
  next.hash = ''
  return `${next.pathname}${next.search}`
}

export function ReleaseNotice({ lesson, release }: { readonly lesson: Lesson; readonly release: FastApiRelease }) {
  if (release === 'current') return null
  const support = release092Support(lesson.id)
  const back = todayHref(new URL(window.location.href))
  return (
    <aside className="notice release-notice" aria-label="FastAPI release">
      {support.answers ? (
        <p>
          The stand-in answers as <strong>FastAPI 0.92</strong> (Debian 12’s release): some statuses, error details, 422
          bodies and the OpenAPI document differ from today’s, and the HTTP traffic panel marks each answer that does.{' '}
          <a href={back}>Answer as today’s FastAPI</a>
        </p>
      ) : (
        <p>
          {support.why} <a href={back}>Drop ?fastapi=0.92</a>
        </p>
      )}
    </aside>
  )
}
