import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Lesson } from '../lessons/lesson'
import { lessons } from '../lessons/lesson-registry'
import { LessonNav } from './lesson-nav'

function lessonAt(index: number): Lesson {
  const lesson = lessons[index]
  if (!lesson) throw new Error(`the registry lists fewer than ${index + 1} lessons`)
  return lesson
}

const first = lessonAt(0)
const second = lessonAt(1)

function render(folded: boolean): string {
  return renderToStaticMarkup(
    <LessonNav
      current={second.id}
      onOpen={() => undefined}
      progress={{ [second.id]: second.experiments.slice(0, 1).map((experiment) => experiment.id) }}
      onResetProgress={() => undefined}
      folded={folded}
    />,
  )
}

describe('the lesson navigation', () => {
  it('folded, is one button naming the lesson on the page and its progress, controlling the hidden list', () => {
    const html = render(true)
    const button =
      /<button type="button" class="lesson-nav-toggle" aria-expanded="false" aria-controls="([^"]+)" aria-label="([^"]+)">(.*?)<\/button>/.exec(
        html,
      )
    expect(button?.[2]).toBe(`Lessons: ${second.title}, 1 of ${second.experiments.length} experiments done`)
    // What it shows: the title and the progress, words the name holds.
    expect(button?.[3]).toContain(`>${second.title}</span>`)
    expect(button?.[3]).toContain(`<span class="nav-progress">1 of ${second.experiments.length}</span>`)
    expect(html).toContain(`<div id="${button?.[1] ?? ''}" hidden="">`)
    // The list is there, hidden, for the button to open: every lesson, the current one marked.
    for (const lesson of lessons) expect(html).toContain(`href="?lesson=${lesson.id}"`)
    expect(html).toContain(`aria-current="page">${second.title}</a>`)
  })

  it('unfolded (wider than a phone), lists the lessons with no button in front', () => {
    const html = render(false)
    expect(html).not.toContain('lesson-nav-toggle')
    expect(html).not.toContain('hidden=""')
    expect(html).toMatch(/^<nav class="lesson-nav" aria-label="Lessons"><section class="nav-group"/)
    expect(html).toContain(`href="?lesson=${first.id}"`)
  })
})
