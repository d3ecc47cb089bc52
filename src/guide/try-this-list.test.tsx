import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Lesson } from '../lessons/lesson'
import { findLesson } from '../lessons/lesson-registry'
import type { LessonMistake } from '../lessons/mistake'
import { TryThisList } from './try-this-list'

function simpleOAuth2(): Lesson {
  const found = findLesson('simple-oauth2')
  if (!found) throw new Error('no simple-oauth2 lesson')
  return found
}

function tokenKeyMistake(): LessonMistake {
  const found = lesson.mistakes.find((mistake) => mistake.id === 'token-key')
  if (!found) throw new Error('no token-key mistake')
  return found
}

const lesson = simpleOAuth2()
const tokenKey = tokenKeyMistake()

function render(done: readonly string[], withMistake: boolean): string {
  return renderToStaticMarkup(
    <TryThisList
      lesson={lesson}
      done={done}
      highlighted={null}
      persistent
      mistake={withMistake ? { mistake: tokenKey, offHref: '/?lesson=simple-oauth2' } : undefined}
    />,
  )
}

describe('Try this, with a mistake switched on', () => {
  it('marks the experiments the mistake rules out, without their steps, and links to the lesson without it', () => {
    const html = render([], true)
    expect(tokenKey.rulesOut).toEqual(['login-and-call', 'inactive-user'])
    expect(html).toContain('aria-label="Log in and read your own record: not with this mistake on"')
    expect(html).toContain('aria-label="Log in as a disabled user: not with this mistake on"')
    expect(html).toContain('aria-label="Log in with a wrong password: not done"')
    expect(html.match(/Open the lesson without the mistake/g)).toHaveLength(2)
    expect(html.match(/class="experiment-steps"/g)).toHaveLength(lesson.experiments.length - 2)
    expect(html).toContain('With this mistake on, 2 of them cannot be done (marked below).')
  })

  it('keeps what is already done as done, and marks nothing without a mistake', () => {
    const done = render(['login-and-call'], true)
    expect(done).toContain('aria-label="Log in and read your own record: done"')
    expect(done).toContain('With this mistake on, 1 of them cannot be done')
    const plain = render([], false)
    expect(plain).not.toContain('not with this mistake on')
    expect(plain).not.toContain('cannot be done')
  })
})
