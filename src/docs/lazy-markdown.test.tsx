import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LazyMarkdown, lazyMarkdownPlugin } from './lazy-markdown'

describe("Swagger UI's Markdown, loaded after the first screen", () => {
  it('shows the source as text where Swagger UI puts rendered Markdown, until the renderer is there', () => {
    expect(
      renderToStaticMarkup(<LazyMarkdown source="Successful Response" className="response-col_description" />),
    ).toBe('<div class="response-col_description renderedMarkdown">Successful Response</div>')
  })

  it('draws nothing for a missing or empty description, as Swagger UI does', () => {
    expect(renderToStaticMarkup(<LazyMarkdown source="" />)).toBe('')
    expect(renderToStaticMarkup(<LazyMarkdown />)).toBe('')
  })

  it('takes the place of Swagger UI’s Markdown component', () => {
    expect(lazyMarkdownPlugin().components.Markdown).toBe(LazyMarkdown)
  })
})
