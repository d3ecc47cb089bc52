import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { LessonContent } from '../lessons/lesson'
import { findLesson } from '../lessons/lesson-registry'
import { PROVEN_RELEASES } from '../lessons/proven-versions'
import { TakeItHome } from './take-it-home'

function render(lessonId: string, tests?: LessonContent['takeHomeTest']): string {
  const lesson = findLesson(lessonId)
  if (!lesson) throw new Error(`no lesson ${lessonId}`)
  return renderToStaticMarkup(<TakeItHome lesson={lesson} tests={tests} />)
}

function proven(name: string): string {
  const release = PROVEN_RELEASES.find((candidate) => candidate.name === name)
  if (!release) throw new Error(`no proven release of ${name}`)
  return `${release.name} ${release.version}`
}

describe('Take it home', () => {
  it('names the FastAPI the suite runs main.py on, and only what the lesson installs', () => {
    const html = render('first-steps')
    expect(html).toContain(`Tested with ${proven('FastAPI')}:`)
    expect(html).not.toContain('PyJWT')
  })

  it('names PyJWT and pwdlib too where the lesson installs them', () => {
    expect(render('oauth2-scopes')).toContain(
      `Tested with ${proven('FastAPI')}, ${proven('PyJWT')} and ${proven('pwdlib')}:`,
    )
  })

  it('shows the tests a lesson hands out, and names the pytest they were run with', async () => {
    const tests = (await findLesson('router-dependencies')?.load())?.takeHomeTest
    expect(tests?.fileName).toBe('test_main.py')
    const html = render('router-dependencies', tests)
    expect(html).toContain('save them as <code>test_main.py</code>')
    expect(html).toContain('app.dependency_overrides[get_current_user] = lambda: user')
    expect(html).toContain(`and ${proven('pytest')}:`)
    expect(render('oauth2-scopes')).not.toContain('python -m pytest')
  })
})
