import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BreakablePath, pathParts } from './breakable-path'

describe('a path that breaks between its parts only', () => {
  it('ends a part after each slash, and starts one at a query string and at each parameter', () => {
    expect(pathParts('/items/')).toEqual(['/', 'items/'])
    expect(pathParts('docs_src/security/tutorial001_an_py310.py')).toEqual([
      'docs_src/',
      'security/',
      'tutorial001_an_py310.py',
    ])
    expect(pathParts('/users/me?token=abc&x=1#top')).toEqual(['/', 'users/', 'me', '?token=abc', '&x=1', '#top'])
    expect(pathParts('http://127.0.0.1:8000/docs')).toEqual(['http://', '127.0.0.1:8000/', 'docs'])
  })

  it('gives back text with no break for a name without separators, and nothing for no text', () => {
    expect(pathParts('openapi.json')).toEqual(['openapi.json'])
    expect(pathParts('')).toEqual([])
  })

  it('renders the text unchanged, each part unbreakable, with a <wbr> between parts', () => {
    const html = renderToStaticMarkup(
      <code>
        <BreakablePath text="/users/me/items/" />
      </code>,
    )
    expect(html).toBe(
      '<code><span class="path-part">/</span><wbr/><span class="path-part">users/</span><wbr/>' +
        '<span class="path-part">me/</span><wbr/><span class="path-part">items/</span></code>',
    )
    expect(html.replace(/<(?!\/?code)[^>]*>/g, '')).toBe('<code>/users/me/items/</code>')
  })
})
