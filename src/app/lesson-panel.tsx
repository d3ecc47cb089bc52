import { Suspense, lazy, useRef } from 'react'
import type { LessonClock } from '../guide/lesson-clock'
import { LessonClockControls } from '../guide/lesson-clock-controls'
import { TakeItHome } from '../guide/take-it-home'
import '../guide/guide.css'
import { SEE_IT_HAPPEN_ID, TRY_THIS_HEADING_ID } from '../guide/anchors'
import { countDone } from '../guide/progress-store'
import { ChangedFileDiff } from '../guide/changed-file-diff'
import type { Lesson, LessonSwitch } from '../lessons/lesson'
import { isBeyondTheTutorial } from '../lessons/lesson-registry'
import { switchUnavailable } from '../lessons/release-support'
import type { LessonMistake } from '../lessons/mistake'
import type { FastApiRelease } from '../server/fastapi-release'
import { BreakItList } from '../guide/break-it-list'
import { BreakablePath } from '../ui/breakable-path'
import { useFirstScreenDrawn } from '../ui/first-screen'
import { mistakeHref } from './lesson-location'
import { ReleaseNotice } from './release-notice'
import type { LessonContentState } from './use-lesson-content'
import { useStartsAtTop } from './use-starts-at-top'

const LessonStory = lazy(() => import('./lesson-story').then((module) => ({ default: module.LessonStory })))
// Markdown again: loaded with the story's chunk, not before the shell's first paint.
const MistakeCard = lazy(() => import('../guide/mistake-card').then((module) => ({ default: module.MistakeCard })))
const TryThisList = lazy(() => import('../guide/try-this-list').then((module) => ({ default: module.TryThisList })))

/** What the lesson panel needs to show the lesson's experiments and the learner's progress. */
export interface LessonGuide {
  readonly done: readonly string[]
  readonly highlighted: string | null
  readonly persistent: boolean
  /** Present for lessons whose tokens expire. */
  readonly clock: LessonClock | undefined
}

interface LessonPanelProps {
  readonly lesson: Lesson
  /** A new object for each visit to a lesson: the text then starts at its top. */
  readonly visit: object
  readonly content: LessonContentState
  readonly unknownId: string | null
  /** What the URL asked for that this lesson cannot do. */
  readonly ignored: readonly string[]
  readonly mistake: LessonMistake | null
  readonly release: FastApiRelease
  /** Embedded in another site, whose own text tells the story: only the switches and experiments. */
  readonly embed: boolean
  /** Only the title until Swagger UI has drawn (first-screen.ts): the panel has a column of its own. */
  readonly titleOnly?: boolean
  readonly switches: ReadonlySet<string>
  readonly onToggleSwitch: (id: string, on: boolean) => void
  readonly guide: LessonGuide
}

export function LessonPanel(props: LessonPanelProps) {
  const { lesson, content, unknownId, ignored, mistake, embed, switches, onToggleSwitch, guide } = props
  const here = new URL(window.location.href)
  // The Markdown and the experiments load once Swagger UI has drawn (first-screen.ts).
  const later = useFirstScreenDrawn()
  const article = useRef<HTMLElement>(null)
  useStartsAtTop(article, props.visit)
  const switchesAndClock = (
    <>
      {lesson.switches.length > 0 && (
        <fieldset className="lesson-switches">
          <legend>Additions that are not part of the tutorial</legend>
          {lesson.switches.map((lessonSwitch) => {
            const unavailable = switchUnavailable(lesson.id, lessonSwitch, props.release)
            return (
              <div key={lessonSwitch.id} className="lesson-switch">
                <input
                  type="checkbox"
                  id={`switch-${lessonSwitch.id}`}
                  checked={switches.has(lessonSwitch.id)}
                  disabled={unavailable !== undefined}
                  aria-describedby={`switch-${lessonSwitch.id}-description`}
                  onChange={(event) => {
                    onToggleSwitch(lessonSwitch.id, event.target.checked)
                  }}
                />
                <label htmlFor={`switch-${lessonSwitch.id}`}>{lessonSwitch.label}</label>
                <p id={`switch-${lessonSwitch.id}-description`}>
                  {lessonSwitch.description}
                  {unavailable !== undefined && ` ${unavailable}`}
                </p>
                {switches.has(lessonSwitch.id) && <ChangedFile lessonSwitch={lessonSwitch} content={content} />}
              </div>
            )
          })}
        </fieldset>
      )}
      {guide.clock && <LessonClockControls clock={guide.clock} />}
    </>
  )
  // Until the docs have drawn, in a column of its own: the title, the same elements it keeps after.
  if (props.titleOnly && !later) {
    return (
      <article ref={article} className="lesson-panel" aria-labelledby="lesson-title">
        <h1 id="lesson-title">{lesson.title}</h1>
      </article>
    )
  }
  return (
    <article ref={article} className="lesson-panel" aria-labelledby="lesson-title">
      {unknownId !== null && (
        <p role="alert" className="notice">
          There is no lesson called “{unknownId}”. Showing “{lesson.title}” instead.
        </p>
      )}
      {ignored.map((message) => (
        <p key={message} role="alert" className="notice">
          {message}
        </p>
      ))}
      <h1 id="lesson-title">{lesson.title}</h1>
      <ReleaseNotice lesson={lesson} release={props.release} />
      {!embed && (
        <p className="tutorial-file">
          {isBeyondTheTutorial(lesson) ? 'Beyond the tutorial, built on FastAPI’s ' : 'FastAPI’s '}
          <code className="code-path">
            <BreakablePath text={lesson.tutorialFile} />
          </code>
        </p>
      )}
      {!embed && (
        <p className="try-this-jump">
          {/* With a mistake on, the lesson is about it: the jump leads to its own experiment. */}
          <button
            type="button"
            onClick={() => {
              document.getElementById(mistake ? SEE_IT_HAPPEN_ID : TRY_THIS_HEADING_ID)?.scrollIntoView({
                block: 'start',
              })
            }}
          >
            Jump to {mistake ? 'See it happen' : 'Try this'}
          </button>{' '}
          {mistake
            ? `The mistake’s experiment: ${guide.done.includes(mistake.id) ? 'done' : 'not done yet'}`
            : `${countDone(lesson.experiments, guide.done)} of ${lesson.experiments.length} experiments done`}
        </p>
      )}
      {mistake && later && (
        <Suspense fallback={<p role="status">Loading the mistake…</p>}>
          <MistakeCard
            lesson={lesson}
            mistake={mistake}
            pythonSource={content.state === 'loaded' ? content.content.pythonSource : undefined}
            done={guide.done.includes(mistake.id)}
            offHref={mistakeHref(here, null)}
          />
        </Suspense>
      )}
      {(content.state === 'loading' || (content.state === 'loaded' && !later)) && (
        <p role="status">Loading the lesson…</p>
      )}
      {content.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          The lesson could not be loaded ({content.message}). Check the connection and reload the page.
        </p>
      )}
      {content.state === 'loaded' && !embed && later && (
        <Suspense fallback={<p role="status">Loading the lesson text…</p>}>
          <LessonStory key={lesson.id} content={content.content} />
        </Suspense>
      )}
      {/* Embedded, the experiments come first: the frame's first screen shows where to start. */}
      {!embed && switchesAndClock}
      {later && (
        <Suspense fallback={<p role="status">Loading the experiments…</p>}>
          <TryThisList
            lesson={lesson}
            done={guide.done}
            highlighted={guide.highlighted}
            persistent={guide.persistent}
            mistake={mistake ? { mistake, offHref: mistakeHref(here, null) } : undefined}
          />
        </Suspense>
      )}
      {embed && switchesAndClock}
      {!embed && (
        <BreakItList
          mistakes={lesson.mistakes}
          done={guide.done}
          hrefFor={(mistakeId) => mistakeHref(here, mistakeId)}
        />
      )}
      {!embed && (
        <TakeItHome lesson={lesson} tests={content.state === 'loaded' ? content.content.takeHomeTest : undefined} />
      )}
    </article>
  )
}

/** For a switch that runs another file instead of main.py: that file as a diff, once the lesson has loaded. */
function ChangedFile({
  lessonSwitch,
  content,
}: {
  readonly lessonSwitch: LessonSwitch
  readonly content: LessonContentState
}) {
  const { inMainPy } = lessonSwitch
  if (inMainPy.kind !== 'changed-file' || content.state !== 'loaded') return null
  const changed = content.content.changedFiles?.[inMainPy.file]
  if (changed === undefined) return null
  return <ChangedFileDiff file={inMainPy.file} mainPy={content.content.pythonSource} changed={changed} />
}
