import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { LessonContent } from '../lessons/lesson'
import { LessonStory } from './lesson-story'

const content: LessonContent = {
  story: '# First steps',
  pythonSource: 'async def read_items(token: Annotated[str, Depends(oauth2_scheme)]):\n    return token\n',
  pythonSourceWithoutAnnotated: 'async def read_items(token: str = Depends(oauth2_scheme)):\n    return token\n',
  createApp: () => {
    throw new Error('not needed to render the story')
  },
}

describe('the lesson story', () => {
  it('offers both forms of the Python source as tabs, the Annotated one selected', () => {
    const html = renderToStaticMarkup(<LessonStory content={content} />)
    expect(html).toContain('<summary>The same app in FastAPI (Python)</summary>')
    expect(html).toMatch(/role="tablist" aria-label="Form of the Python source"/)
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>([^<]*)<\/button>/g)]
    expect(tabs.map((tab) => tab[1])).toEqual(['main.py', 'main_depends.py (before 0.95)'])
    expect(tabs.map((tab) => /aria-selected="(\w+)"/.exec(tab[0])?.[1])).toEqual(['true', 'false'])
    expect(tabs.map((tab) => /tabindex="(-?\d)"/.exec(tab[0])?.[1])).toEqual(['0', '-1'])
    for (const tab of tabs) {
      const panelId = /aria-controls="([^"]+)"/.exec(tab[0])?.[1] ?? 'none'
      const tabId = /id="([^"]+)"/.exec(tab[0])?.[1] ?? 'none'
      expect(html).toContain(`role="tabpanel" id="${panelId}" aria-labelledby="${tabId}"`)
    }
  })

  it('shows the Annotated source and keeps the plain one in a hidden panel', () => {
    const html = renderToStaticMarkup(<LessonStory content={content} />)
    const panels = html.split('role="tabpanel"').slice(1)
    expect(panels).toHaveLength(2)
    expect(panels[0]).not.toMatch(/^[^>]*hidden/)
    expect(panels[0]).toContain('Annotated')
    expect(panels[1]).toMatch(/^[^>]*hidden/)
    expect(panels[1]).toContain('oauth2_scheme')
    expect(panels[1]).not.toContain('Annotated')
  })
})
