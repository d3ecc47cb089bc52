import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LinkedServerWarning } from './linked-server-warning'
import { OwnServerForm } from './own-server-form'
import { ownServerFormOpens } from './own-server-state'

const ignore = () => undefined

describe('the question before a linked host', () => {
  const html = renderToStaticMarkup(
    <LinkedServerWarning
      root={new URL('http://evil.example:8000/app/')}
      host="evil.example"
      onConnect={ignore}
      onStay={ignore}
    />,
  )

  it('is a region named by its heading, which names the host', () => {
    expect(html).toMatch(/^<section [^>]*aria-labelledby="linked-server-heading"/)
    expect(html).toContain('<h2 id="linked-server-heading">This link points the docs at evil.example</h2>')
  })

  it('says plainly where Authorize would send what the learner types, and that nothing was sent yet', () => {
    expect(html).toContain('<code>http://evil.example:8000/app/</code>')
    expect(html).toContain('Nothing has been sent to evil.example yet.')
    expect(html).toContain('If you connect, Authorize will send what you type in it')
    expect(html).toMatch(/client secrets\) to evil\.example/)
  })

  it('offers a button that names the host, and one to stay on the stand-in', () => {
    const buttons = [...html.matchAll(/<button type="button">([^<]*)<\/button>/g)].map((match) => match[1])
    expect(buttons).toEqual(['Connect to evil.example', 'Stay on the stand-in'])
  })
})

describe('the “Your own server” box', () => {
  const boxValue = (html: string) => /<input[^>]*value="([^"]*)"/.exec(html)?.[1]

  it('is never filled from the link: it offers the usual suggestion instead', () => {
    for (const view of [
      { state: 'connected', root: new URL('http://127.0.0.1:9999/') },
      { state: 'asking', root: new URL('http://evil.example/'), host: 'evil.example' },
      { state: 'invalid', written: 'evil.example', problem: 'Write a full address.' },
    ] as const) {
      expect(boxValue(renderToStaticMarkup(<OwnServerForm view={view} onChoose={ignore} />)), view.state).toBe(
        'http://127.0.0.1:8000',
      )
    }
  })

  it('says why the link’s address was not used, without putting it in the box', () => {
    const html = renderToStaticMarkup(
      <OwnServerForm
        view={{ state: 'invalid', written: 'evil.example', problem: 'Write a full address.' }}
        onChoose={ignore}
      />,
    )
    expect(ownServerFormOpens({ state: 'invalid', written: 'evil.example', problem: 'Write a full address.' })).toBe(
      true,
    )
    expect(html).toContain('The link named the server “evil.example”, which the playground cannot use')
    expect(html).not.toContain('aria-invalid="true"')
  })

  it('stays closed while the page asks about a linked host, and offers the way back once connected', () => {
    const asking = renderToStaticMarkup(
      <OwnServerForm
        view={{ state: 'asking', root: new URL('http://evil.example/'), host: 'evil.example' }}
        onChoose={ignore}
      />,
    )
    expect(ownServerFormOpens({ state: 'asking', root: new URL('http://evil.example/'), host: 'evil.example' })).toBe(
      false,
    )
    expect(ownServerFormOpens({ state: 'stand-in' })).toBe(false)
    expect(asking).not.toContain('Back to the stand-in')
    const connected = renderToStaticMarkup(
      <OwnServerForm view={{ state: 'connected', root: new URL('http://127.0.0.1:9999/') }} onChoose={ignore} />,
    )
    expect(connected).toContain('Back to the stand-in')
    expect(ownServerFormOpens({ state: 'connected', root: new URL('http://127.0.0.1:9999/') })).toBe(true)
  })
})
