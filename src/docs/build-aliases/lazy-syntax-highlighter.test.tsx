import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import LazyLight, { LANGUAGE_NAMES } from './lazy-syntax-highlighter'
import { GRAMMARS } from './syntax-highlighter-loaded'

describe('the highlighter that loads after the first screen', () => {
  it('knows every grammar Swagger UI registers, and no other', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual(Object.keys(GRAMMARS).sort())
    expect(Object.values(GRAMMARS).every((grammar) => typeof grammar === 'function')).toBe(true)
  })

  it('takes a language by the name the build hands over, and refuses anything else loudly', () => {
    expect(() => {
      LazyLight.registerLanguage('json', { lazyLanguage: 'json' })
    }).not.toThrow()
    expect(() => {
      LazyLight.registerLanguage('rust', { lazyLanguage: 'rust' })
    }).toThrow(/knows no grammar for "rust"/)
    expect(() => {
      LazyLight.registerLanguage('json', () => ({}))
    }).toThrow(/knows no grammar/)
  })

  it('shows the code as plain text in the theme’s colours until the highlighter is there', () => {
    const html = renderToStaticMarkup(
      <LazyLight language="json" className="microlight" style={{ hljs: { background: 'rgb(51, 51, 51)' } }}>
        {'{"detail":"Not authenticated"}'}
      </LazyLight>,
    )
    expect(html).toBe(
      '<pre class="microlight" style="background:rgb(51, 51, 51)"><code>{&quot;detail&quot;:&quot;Not authenticated&quot;}</code></pre>',
    )
  })
})
