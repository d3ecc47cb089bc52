import { Suspense, lazy } from 'react'
import type { Lesson } from '../lessons/lesson'
import type { LessonContentState } from './use-lesson-content'

const LessonStory = lazy(() => import('./lesson-story').then((module) => ({ default: module.LessonStory })))

interface LessonPanelProps {
  readonly lesson: Lesson
  readonly content: LessonContentState
  readonly unknownId: string | null
  readonly switches: ReadonlySet<string>
  readonly onToggleSwitch: (id: string, on: boolean) => void
}

export function LessonPanel({ lesson, content, unknownId, switches, onToggleSwitch }: LessonPanelProps) {
  return (
    <article className="lesson-panel" aria-labelledby="lesson-title">
      {unknownId !== null && (
        <p role="alert" className="notice">
          There is no lesson called “{unknownId}”. Showing “{lesson.title}” instead.
        </p>
      )}
      <h1 id="lesson-title">{lesson.title}</h1>
      <p className="tutorial-file">
        FastAPI’s <code>{lesson.tutorialFile}</code>
      </p>
      {content.state === 'loading' && <p role="status">Loading the lesson…</p>}
      {content.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          The lesson could not be loaded ({content.message}). Check the connection and reload the page.
        </p>
      )}
      {content.state === 'loaded' && (
        <Suspense fallback={<p role="status">Loading the lesson text…</p>}>
          <LessonStory content={content.content} />
        </Suspense>
      )}
      {lesson.switches.length > 0 && (
        <fieldset className="lesson-switches">
          <legend>Additions that are not part of the tutorial</legend>
          {lesson.switches.map((lessonSwitch) => (
            <div key={lessonSwitch.id} className="lesson-switch">
              <input
                type="checkbox"
                id={`switch-${lessonSwitch.id}`}
                checked={switches.has(lessonSwitch.id)}
                aria-describedby={`switch-${lessonSwitch.id}-description`}
                onChange={(event) => {
                  onToggleSwitch(lessonSwitch.id, event.target.checked)
                }}
              />
              <label htmlFor={`switch-${lessonSwitch.id}`}>{lessonSwitch.label}</label>
              <p id={`switch-${lessonSwitch.id}-description`}>{lessonSwitch.description}</p>
            </div>
          ))}
        </fieldset>
      )}
    </article>
  )
}
