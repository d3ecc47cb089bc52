import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findLesson } from '../lessons/lesson-registry'
import { ReleaseNotice, todayHref } from './release-notice'

afterEach(() => {
  vi.unstubAllGlobals()
})

function render(lessonId: string, release: '0.92' | 'current') {
  const lesson = findLesson(lessonId)
  if (!lesson) throw new Error(`no lesson ${lessonId}`)
  vi.stubGlobal('window', { location: { href: `https://example.test/learn/?lesson=${lessonId}&fastapi=0.92#x` } })
  return renderToStaticMarkup(<ReleaseNotice lesson={lesson} release={release} />)
}

describe('the FastAPI 0.92 notice', () => {
  it('links to the same page without ?fastapi', () => {
    expect(todayHref(new URL('https://example.test/learn/?lesson=simple-oauth2&fastapi=0.92&try=x#top'))).toBe(
      '/learn/?lesson=simple-oauth2&try=x',
    )
  })

  it('says the stand-in answers as FastAPI 0.92 and links back to today’s', () => {
    const html = render('simple-oauth2', '0.92')
    expect(html).toContain('The stand-in answers as <strong>FastAPI 0.92</strong>')
    expect(html).toContain('href="/learn/?lesson=simple-oauth2"')
  })

  it.each(['oauth2-jwt', 'oauth2-scopes'] as const)('says %s stays on today’s FastAPI, and why', (id) => {
    const html = render(id, '0.92')
    expect(html).toContain('python-jose')
    expect(html).toContain('bcrypt')
    expect(html).toContain('answers as today’s FastAPI')
  })

  it('is absent for today’s FastAPI', () => {
    expect(render('simple-oauth2', 'current')).toBe('')
  })
})
