// The lesson's experiments as a checklist: the exact clicks, what to look at, and what completes
// each one. Items tick themselves when the learner's own traffic meets the observation.
import { useEffect, useRef } from 'react'
import Markdown from 'react-markdown'
import type { Experiment } from '../lessons/experiment'
import type { Lesson } from '../lessons/lesson'
import { countDone } from './progress-store'
import { stepText } from './step-text'

interface TryThisListProps {
  readonly lesson: Lesson
  readonly done: readonly string[]
  /** The experiment named by `?try=`, highlighted and scrolled to. */
  readonly highlighted: string | null
  /** Whether progress survives a reload. */
  readonly persistent: boolean
  /** The newest experiment done, for screen readers. */
  readonly announcement: string
}

export function TryThisList({ lesson, done, highlighted, persistent, announcement }: TryThisListProps) {
  const { experiments } = lesson
  const doneCount = countDone(experiments, done)
  const unknown = highlighted !== null && !experiments.some((experiment) => experiment.id === highlighted)
  return (
    <section className="try-this" aria-labelledby="try-this-heading">
      <h2 id="try-this-heading">Try this</h2>
      <p className="try-this-summary">
        {doneCount} of {experiments.length} done. Each experiment ticks itself when your own requests show it.
        {!persistent && ' This browser does not let the page store anything here, so progress is forgotten on reload.'}
      </p>
      {unknown && (
        <p role="alert" className="notice">
          This lesson has no experiment called “{highlighted}”.
        </p>
      )}
      <ol className="experiments" aria-labelledby="try-this-heading">
        {experiments.map((experiment) => (
          <ExperimentItem
            key={experiment.id}
            lesson={lesson}
            experiment={experiment}
            done={done.includes(experiment.id)}
            highlighted={experiment.id === highlighted}
          />
        ))}
      </ol>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </section>
  )
}

export interface ExperimentItemProps {
  readonly lesson: Lesson
  readonly experiment: Experiment
  readonly done: boolean
  readonly highlighted: boolean
}

export function ExperimentItem({ lesson, experiment, done, highlighted }: ExperimentItemProps) {
  const item = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (highlighted) item.current?.scrollIntoView({ block: 'start' })
  }, [highlighted])
  const state = done ? 'done' : 'not done'
  return (
    <li
      ref={item}
      id={`try-${experiment.id}`}
      className={`experiment${done ? ' is-done' : ''}${highlighted ? ' is-highlighted' : ''}`}
      aria-label={`${experiment.title}: ${state}`}
      aria-current={highlighted ? 'step' : undefined}
    >
      <div className="experiment-heading">
        <h3>{experiment.title}</h3>
        <span className="experiment-state">
          <span aria-hidden="true">{done ? '✓ ' : '○ '}</span>
          {state}
        </span>
      </div>
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
    </li>
  )
}
