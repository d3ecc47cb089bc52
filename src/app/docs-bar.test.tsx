import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DocsBar, type DocsBarPanel } from './docs-bar'

const panels = (opensItself: boolean): DocsBarPanel[] => [
  { id: 'own-server', label: 'Your own server', content: <p>the address box</p>, opensItself },
  { id: 'proxy', label: 'Behind a proxy', content: <p>the root_path switch</p> },
]

describe('the docs’ top bar', () => {
  it('shows the status and one closed button per panel, and no panel, on one row', () => {
    const html = renderToStaticMarkup(<DocsBar status={<p role="status">Mock API ready</p>} panels={panels(false)} />)
    const row = /<div class="docs-bar-row">(.*?)<\/div><\/div>$/.exec(html)?.[1] ?? ''
    expect(row).toMatch(/^<p role="status">Mock API ready<\/p>/)
    const buttons = [...html.matchAll(/<button [^>]*aria-expanded="(\w+)"[^>]*>.*?<span>([^<]+)<\/span><\/button>/g)]
    expect(buttons.map((button) => [button[2], button[1]])).toEqual([
      ['Your own server', 'false'],
      ['Behind a proxy', 'false'],
    ])
    expect(html).not.toContain('the address box')
    expect(html).not.toContain('the root_path switch')
  })

  it('opens by itself the panel that asks to, below the row, named and controlled by its button', () => {
    const html = renderToStaticMarkup(<DocsBar status={null} panels={panels(true)} />)
    expect(html).toContain('the address box')
    expect(html).not.toContain('the root_path switch')
    const controls = /aria-expanded="true" aria-controls="([^"]+)"/.exec(html)?.[1]
    expect(controls).toBeDefined()
    expect(html).toContain(
      `<div id="${controls ?? ''}" class="docs-bar-panel" role="group" aria-label="Your own server">`,
    )
  })

  it('has no buttons where there are no panels (the embed view)', () => {
    const html = renderToStaticMarkup(<DocsBar status={<p role="status">Mock API ready</p>} panels={[]} />)
    expect(html).not.toContain('<button')
  })
})
