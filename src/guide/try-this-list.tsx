// The lesson's experiments as a checklist: the exact clicks, what to look at, and what completes
// each one. Items tick themselves when the learner's own traffic meets the observation. With a
// mistake switched on, the ones the faulty app cannot show say so instead of their steps.
import { useEffect, useRef } from 'react'
import Markdown from 'react-markdown'
import type { Experiment } from '../lessons/experiment'
import type { Lesson } from '../lessons/lesson'
import type { LessonMistake } from '../lessons/mistake'
import { TRY_THIS_HEADING_ID } from './anchors'
import { countDone } from './progress-store'
import { stepText } from './step-text'

interface TryThisListProps {
  readonly lesson: Lesson
  readonly done: readonly string[]
  /** The experiment named by `?try=`, highlighted and scrolled to. */
  readonly highlighted: string | null
  /** Whether progress survives a reload. */
  readonly persistent: boolean
  /** The mistake switched on, if any, and the same lesson without it. */
  readonly mistake?: { readonly mistake: Pick<LessonMistake, 'rulesOut'>; readonly offHref: string } | undefined
}

export function TryThisList({ lesson, done, highlighted, persistent, mistake }: TryThisListProps) {
  const { experiments } = lesson
  const doneCount = countDone(experiments, done)
  const unknown = highlighted !== null && !experiments.some((experiment) => experiment.id === highlighted)
  const ruledOut = mistake?.mistake.rulesOut ?? []
  const blocked = experiments.filter(
    (experiment) => ruledOut.includes(experiment.id) && !done.includes(experiment.id),
  ).length
  return (
    <section className="try-this" aria-labelledby={TRY_THIS_HEADING_ID}>
      <h2 id={TRY_THIS_HEADING_ID}>Try this</h2>
      <p className="try-this-summary">
        {doneCount} of {experiments.length} done. Each experiment ticks itself when your own requests show it.
        {blocked > 0 && ` With this mistake on, ${blocked} of them cannot be done (marked below).`}
        {!persistent && ' This browser does not let the page store anything here, so progress is forgotten on reload.'}
      </p>
      {unknown && (
        <p role="alert" className="notice">
          This lesson has no experiment called “{highlighted}”.
        </p>
      )}
      <ol className="experiments" aria-labelledby={TRY_THIS_HEADING_ID}>
        {experiments.map((experiment) => (
          <ExperimentItem
            key={experiment.id}
            lesson={lesson}
            experiment={experiment}
            done={done.includes(experiment.id)}
            highlighted={experiment.id === highlighted}
            offHref={mistake && ruledOut.includes(experiment.id) ? mistake.offHref : undefined}
          />
        ))}
      </ol>
    </section>
  )
}

export interface ExperimentItemProps {
  readonly lesson: Lesson
  readonly experiment: Experiment
  readonly done: boolean
  readonly highlighted: boolean
  /** Set when the mistake switched on rules this experiment out: the lesson without the mistake. */
  readonly offHref?: string | undefined
}

export function ExperimentItem({ lesson, experiment, done, highlighted, offHref }: ExperimentItemProps) {
  const item = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (highlighted) item.current?.scrollIntoView({ block: 'start' })
  }, [highlighted])
  const unavailable = offHref !== undefined && !done
  const state = done ? 'done' : unavailable ? 'not with this mistake on' : 'not done'
  return (
    <li
      ref={item}
      id={`try-${experiment.id}`}
      className={`experiment${done ? ' is-done' : ''}${unavailable ? ' is-unavailable' : ''}${highlighted ? ' is-highlighted' : ''}`}
      aria-label={`${experiment.title}: ${state}`}
      aria-current={highlighted ? 'step' : undefined}
    >
      <div className="experiment-heading">
        <h3>{experiment.title}</h3>
        <span className="experiment-state">
          <span aria-hidden="true">{done ? '✓ ' : unavailable ? '⊘ ' : '○ '}</span>
          {state}
        </span>
      </div>
      {unavailable ? (
        <p className="experiment-unavailable">
          The faulty app cannot show this one. <a href={offHref}>Open the lesson without the mistake</a> to do it with
          the tutorial’s app.
        </p>
      ) : (
        <>
          <ol className="experiment-steps">
            {experiment.steps.map((step, index) => (
              <li key={index}>
                <Markdown skipHtml>{stepText(step, lesson.switches)}</Markdown>
              </li>
            ))}
          </ol>
          <div className="experiment-look">
            <Markdown skipHtml>{experiment.look}</Markdown>
          </div>
          <p className="experiment-done-when">Done when {experiment.observation.summary}.</p>
        </>
      )}
    </li>
  )
}
