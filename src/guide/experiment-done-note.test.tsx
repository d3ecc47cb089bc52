import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { lessons } from '../lessons/lesson-registry'
import type { Lesson } from '../lessons/lesson'
import { ExperimentDoneNote, type ExperimentTick } from './experiment-done-note'
import type { Progress } from './progress-store'

const [first, second] = lessons
const last = lessons.at(-1)
if (!first || !second || !last) throw new Error('the registry needs at least two lessons')

function tickOf(lesson: Lesson, experimentId: string, title = 'Some experiment'): ExperimentTick {
  return { lessonId: lesson.id, experimentId, title, count: 1 }
}

function render(tick: ExperimentTick | undefined, lesson: Lesson, progress: Progress, floating = false): string {
  return renderToStaticMarkup(
    <ExperimentDoneNote
      tick={tick}
      lesson={lesson}
      progress={progress}
      floating={floating}
      hrefFor={(lessonId) => `?lesson=${lessonId}`}
      onOpenLesson={() => undefined}
    />,
  )
}

const allOf = (lesson: Lesson) => ({ [lesson.id]: lesson.experiments.map((experiment) => experiment.id) })

describe('the note of an experiment just done', () => {
  it('is an empty live region until something ticks', () => {
    const html = render(undefined, first, {})
    expect(html).toBe('<div class="done-note"><p role="status" class="done-note-text"></p></div>')
  })

  it('names the experiment, and can be dismissed', () => {
    const id = first.experiments[0]?.id ?? ''
    const html = render(tickOf(first, id, 'Call the API without a token'), first, { [first.id]: [id] })
    expect(html).toContain('Done: <strong>Call the API without a token</strong>.')
    expect(html).toContain('aria-label="Dismiss the note"')
    expect(html).not.toContain('Next lesson')
    expect(html).toContain('class="done-note is-shown"')
    expect(render(tickOf(first, id), first, {}, true)).toContain('class="done-note is-shown is-floating"')
  })

  it('offers the next lesson once the lesson’s last experiment is done', () => {
    const html = render(tickOf(first, first.experiments.at(-1)?.id ?? ''), first, allOf(first))
    expect(html).toContain('Every experiment of this lesson is done.')
    expect(html).toContain(`<a href="?lesson=${second.id}">Next lesson: ${second.title}</a>`)
  })

  it('after the last lesson, offers the first one with experiments left, or none', () => {
    const tick = tickOf(last, last.experiments[0]?.id ?? '')
    expect(render(tick, last, allOf(last))).toContain(`<a href="?lesson=${first.id}">Still to do: ${first.title}</a>`)
    const everything = Object.assign({}, ...lessons.map(allOf)) as Progress
    const html = render(tick, last, everything)
    expect(html).toContain('Every experiment of this lesson is done, and of every other lesson.')
    expect(html).not.toContain('<a ')
  })

  it('shows nothing for a tick in another lesson, and no next lesson for a mistake’s experiment', () => {
    expect(render(tickOf(first, first.experiments[0]?.id ?? ''), second, allOf(first))).not.toContain('Done:')
    const mistake = render(tickOf(first, 'some-mistake'), first, allOf(first))
    expect(mistake).toContain('Done:')
    expect(mistake).not.toContain('Next lesson')
  })
})
