import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findLesson } from '../lessons/lesson-registry'
import { FirstScreenContext, type FirstScreen } from '../ui/first-screen'
import { LessonPanel } from './lesson-panel'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A first screen that stays as it is told: no fallback timer. */
function screen(drawn: boolean): FirstScreen {
  return { markDrawn: () => undefined, isDrawn: () => drawn, subscribe: () => () => undefined }
}

function render(options: { titleOnly: boolean; drawn: boolean }): string {
  const lesson = findLesson('simple-oauth2')
  if (!lesson) throw new Error('no lesson simple-oauth2')
  vi.stubGlobal('window', { location: { href: 'https://example.test/learn/?lesson=simple-oauth2' } })
  return renderToStaticMarkup(
    <FirstScreenContext.Provider value={screen(options.drawn)}>
      <LessonPanel
        lesson={lesson}
        visit={{}}
        content={{ state: 'loading' }}
        unknownId={null}
        ignored={[]}
        mistake={null}
        release="current"
        embed={false}
        titleOnly={options.titleOnly}
        switches={new Set()}
        onToggleSwitch={() => undefined}
        guide={{ done: [], highlighted: null, persistent: true, clock: undefined }}
      />
    </FirstScreenContext.Provider>,
  )
}

describe('the lesson panel in a column of its own, while Swagger UI draws', () => {
  it('shows only the lesson’s title until the docs have drawn', () => {
    const html = render({ titleOnly: true, drawn: false })
    expect(html).toContain('<h1 id="lesson-title">Simple OAuth2 with password and Bearer</h1>')
    expect(html).not.toContain('Jump to')
  })

  it('shows the whole lesson once they have', () => {
    expect(render({ titleOnly: true, drawn: true })).toContain('Jump to Try this')
  })

  it('shows the whole lesson at once where it sits above the docs', () => {
    expect(render({ titleOnly: false, drawn: false })).toContain('Jump to Try this')
  })
})
