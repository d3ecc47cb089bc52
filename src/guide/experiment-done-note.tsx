// The note that says an experiment just ticked, where the learner is acting: in the traffic dock's
// header, or floating at the bottom of the window where the traffic is not docked (a phone). Its
// text is the page's one live region for ticks; a finished lesson offers the next one.
import { useState, type MouseEvent } from 'react'
import type { Lesson } from '../lessons/lesson'
import { lessons } from '../lessons/lesson-registry'
import { whatNext } from './next-lesson'
import type { Progress } from './progress-store'

/** One experiment ticked; `count` tells two ticks apart, so that each is news. */
export interface ExperimentTick {
  readonly lessonId: string
  readonly experimentId: string
  readonly title: string
  readonly count: number
}

interface ExperimentDoneNoteProps {
  readonly tick: ExperimentTick | undefined
  /** The lesson on the page: a tick from another lesson is not shown. */
  readonly lesson: Lesson
  readonly progress: Progress
  /** Floats at the bottom of the window, for layouts where the dock is not always in view. */
  readonly floating: boolean
  readonly hrefFor: (lessonId: string) => string
  readonly onOpenLesson: (event: MouseEvent<HTMLAnchorElement>, lessonId: string) => void
}

export function ExperimentDoneNote(props: ExperimentDoneNoteProps) {
  const { tick, lesson, progress, floating, hrefFor, onOpenLesson } = props
  const [dismissed, setDismissed] = useState<number | undefined>()
  const shown = tick !== undefined && tick.lessonId === lesson.id && tick.count !== dismissed ? tick : undefined
  // A mistake's experiment is not one of the lesson's: it never finishes the lesson.
  const ofLesson = shown !== undefined && lesson.experiments.some((experiment) => experiment.id === shown.experimentId)
  const next = ofLesson ? whatNext(lesson.id, lessons, progress) : undefined
  const offered = next?.kind === 'next' || next?.kind === 'undone' ? next.lesson : undefined

  return (
    <div className={`done-note${shown ? ' is-shown' : ''}${floating ? ' is-floating' : ''}`}>
      {/* Always in the page, empty until a tick: a live region must exist before its news. */}
      <p role="status" className="done-note-text">
        {shown && (
          <>
            <span aria-hidden="true" className="done-note-mark">
              ✓{' '}
            </span>
            Done: <strong>{shown.title}</strong>.
            {next && next.kind !== 'lesson-unfinished' && (
              <> Every experiment of this lesson is done{next.kind === 'all-done' && ', and of every other lesson'}.</>
            )}
            {offered && (
              <>
                {' '}
                <a
                  href={hrefFor(offered.id)}
                  onClick={(event) => {
                    onOpenLesson(event, offered.id)
                  }}
                >
                  {next?.kind === 'next' ? 'Next lesson' : 'Still to do'}: {offered.title}
                </a>
              </>
            )}
          </>
        )}
      </p>
      {shown && (
        <button
          type="button"
          className="done-note-dismiss"
          aria-label="Dismiss the note"
          onClick={() => {
            setDismissed(shown.count)
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  )
}
