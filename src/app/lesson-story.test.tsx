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

  it('reads in sections: the introduction, then each ## heading a button that opens its section, all closed', () => {
    const story = 'Intro.\n\n## Finding the token\n\nFirst body.\n\n## Where `Depends` fits\n\nSecond body.\n'
    const html = renderToStaticMarkup(<LessonStory content={{ ...content, story }} />)
    expect(html.indexOf('<p>Intro.</p>')).toBeLessThan(html.indexOf('<h2'))
    const headings = [...html.matchAll(/<h2 class="story-section-heading"><button [^>]*>(.*?)<\/button><\/h2>/g)]
    expect(headings.map((heading) => heading[1]?.replace(/<[^>]+>/g, ''))).toEqual([
      '▸Finding the token',
      '▸Where Depends fits',
    ])
    expect(headings.map((heading) => /aria-expanded="(\w+)"/.exec(heading[0])?.[1])).toEqual(['false', 'false'])
    for (const heading of headings) {
      const bodyId = /aria-controls="([^"]+)"/.exec(heading[0])?.[1] ?? 'none'
      expect(html).toContain(`<div id="${bodyId}" class="story-section-body">`)
    }
    expect(html).toMatch(/Next: Where <code>Depends<\/code> fits<\/button>/)
    expect(html).toContain('Next: Try this</button>')
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
