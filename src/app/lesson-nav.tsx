import type { MouseEvent } from 'react'
import { countDone, type Progress } from '../guide/progress-store'
import type { Lesson } from '../lessons/lesson'
import { lessonGroups } from '../lessons/lesson-registry'

interface LessonNavProps {
  readonly current: string
  readonly onOpen: (event: MouseEvent<HTMLAnchorElement>, lessonId: string) => void
  readonly progress: Progress
  readonly onResetProgress: () => void
}

export function LessonNav({ current, onOpen, progress, onResetProgress }: LessonNavProps) {
  const anyDone = Object.values(progress).some((ids) => ids.length > 0)
  return (
    <nav className="lesson-nav" aria-label="Lessons">
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
    </nav>
  )
}

interface LessonNavItemProps {
  readonly lesson: Lesson
  readonly current: boolean
  readonly done: number
  readonly onOpen: LessonNavProps['onOpen']
}

function LessonNavItem({ lesson, current, done, onOpen }: LessonNavItemProps) {
  const total = lesson.experiments.length
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
        <span className={`nav-progress${done === total ? ' is-complete' : ''}`}>
          <span aria-hidden="true">
            {done}/{total}
          </span>
          <span className="visually-hidden">
            {done} of {total} experiments done
          </span>
        </span>
      </div>
    </li>
  )
}
