import type { MouseEvent } from 'react'
import { countDone, type Progress } from '../guide/progress-store'
import { lessons } from '../lessons/lesson-registry'

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
      <ol>
        {lessons.map((lesson) => {
          const total = lesson.experiments.length
          const done = countDone(lesson.experiments, progress[lesson.id])
          return (
            <li key={lesson.id}>
              <div className="nav-item">
                <a
                  href={`?lesson=${lesson.id}`}
                  aria-current={lesson.id === current ? 'page' : undefined}
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
        })}
      </ol>
      <button type="button" className="reset-progress" disabled={!anyDone} onClick={onResetProgress}>
        Reset progress
      </button>
    </nav>
  )
}
