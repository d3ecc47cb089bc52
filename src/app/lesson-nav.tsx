// The lessons, in their two groups, with each one's progress. On a phone the list folds behind
// one line (the lesson on the page and its progress), a disclosure button away.
import { useState, type KeyboardEvent, type MouseEvent } from 'react'
import { countDone, type Progress } from '../guide/progress-store'
import type { Lesson } from '../lessons/lesson'
import { lessonGroups, lessons } from '../lessons/lesson-registry'
import './lesson-nav.css'

interface LessonNavProps {
  readonly current: string
  readonly onOpen: (event: MouseEvent<HTMLAnchorElement>, lessonId: string) => void
  readonly progress: Progress
  readonly onResetProgress: () => void
  /** A phone: the list folds behind a button that names the lesson on the page. */
  readonly folded?: boolean
}

const LIST_ID = 'lesson-nav-list'

export function LessonNav(props: LessonNavProps) {
  const { current, progress, folded = false } = props
  // The lesson it was opened on: opening another one (from the list, or Back) folds it again.
  const [openOn, setOpenOn] = useState<string | undefined>()
  if (!folded) {
    return (
      <nav className="lesson-nav" aria-label="Lessons">
        <LessonList {...props} />
      </nav>
    )
  }
  const open = openOn === current
  const lesson = lessons.find((each) => each.id === current)
  const total = lesson?.experiments.length ?? 0
  const done = lesson ? countDone(lesson.experiments, progress[lesson.id]) : 0
  const fold = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return
    setOpenOn(undefined)
    event.currentTarget.closest('nav')?.querySelector<HTMLElement>('.lesson-nav-toggle')?.focus()
  }
  return (
    <nav className="lesson-nav is-folded" aria-label="Lessons" onKeyDown={fold}>
      <button
        type="button"
        className="lesson-nav-toggle"
        aria-expanded={open}
        aria-controls={LIST_ID}
        // One name for the row of parts, which a flex layout would read with gaps between them; it
        // starts with the words shown, as a learner who speaks to the page would say them.
        aria-label={`Lessons: ${lesson?.title ?? current}, ${done} of ${total} experiments done`}
        onClick={() => {
          setOpenOn(open ? undefined : current)
        }}
      >
        <span className="lesson-nav-toggle-label">Lessons</span>{' '}
        <span className="lesson-nav-toggle-title">{lesson?.title}</span>{' '}
        <span className={`nav-progress${done === total ? ' is-complete' : ''}`}>
          {done} of {total}
        </span>
        <span aria-hidden="true" className="lesson-nav-toggle-caret">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={LIST_ID} hidden={!open}>
        <LessonList
          {...props}
          onOpen={(event, lessonId) => {
            setOpenOn(undefined)
            props.onOpen(event, lessonId)
          }}
        />
      </div>
    </nav>
  )
}

function LessonList({ current, onOpen, progress, onResetProgress }: LessonNavProps) {
  const anyDone = Object.values(progress).some((ids) => ids.length > 0)
  return (
    <>
      {lessonGroups
        .filter((group) => group.lessons.length > 0)
        .map((group, index) => (
          <section key={group.title} className="nav-group" aria-labelledby={`nav-group-${index}`}>
            <h2 id={`nav-group-${index}`}>{group.title}</h2>
            <ol>
              {group.lessons.map((lesson) => (
                <LessonNavItem
                  key={lesson.id}
                  lesson={lesson}
                  current={lesson.id === current}
                  done={countDone(lesson.experiments, progress[lesson.id])}
                  onOpen={onOpen}
                />
              ))}
            </ol>
          </section>
        ))}
      <button type="button" className="reset-progress" disabled={!anyDone} onClick={onResetProgress}>
        Reset progress
      </button>
    </>
  )
}

interface LessonNavItemProps {
  readonly lesson: Lesson
  readonly current: boolean
  readonly done: number
  readonly onOpen: LessonNavProps['onOpen']
}

function LessonNavItem({ lesson, current, done, onOpen }: LessonNavItemProps) {
  return (
    <li>
      <div className="nav-item">
        <a
          href={`?lesson=${lesson.id}`}
          aria-current={current ? 'page' : undefined}
          onClick={(event) => {
            onOpen(event, lesson.id)
          }}
        >
          {lesson.title}
        </a>
        <Progress done={done} total={lesson.experiments.length} />
      </div>
    </li>
  )
}

function Progress({ done, total }: { readonly done: number; readonly total: number }) {
  return (
    <span className={`nav-progress${done === total ? ' is-complete' : ''}`}>
      <span aria-hidden="true">
        {done}/{total}
      </span>
      <span className="visually-hidden">
        {done} of {total} experiments done
      </span>
    </span>
  )
}
