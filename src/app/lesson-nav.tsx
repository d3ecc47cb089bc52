import type { MouseEvent } from 'react'
import { lessons } from '../lessons/lesson-registry'

interface LessonNavProps {
  readonly current: string
  readonly onOpen: (event: MouseEvent<HTMLAnchorElement>, lessonId: string) => void
}

export function LessonNav({ current, onOpen }: LessonNavProps) {
  return (
    <nav className="lesson-nav" aria-label="Lessons">
      <ol>
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <a
              href={`?lesson=${lesson.id}`}
              aria-current={lesson.id === current ? 'page' : undefined}
              onClick={(event) => {
                onOpen(event, lesson.id)
              }}
            >
              {lesson.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
