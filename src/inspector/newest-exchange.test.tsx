import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { TEST_ROOT, exchange, send } from '../testing/test-exchange'
import { NewestExchange } from './newest-exchange'

function render(shown: Parameters<typeof NewestExchange>[0]['exchange']): string {
  return renderToStaticMarkup(<NewestExchange exchange={shown} onShow={() => undefined} />)
}

/** The text a screen reader reads for the markup: tags dropped, <wbr> adding nothing. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replaceAll('&#x27;', "'")
}

describe('the newest exchange, on the phone’s folded traffic sheet', () => {
  it('reads like its row in the list, "#seq METHOD path status", then why the stand-in answered so', async () => {
    const denied = await send(createFirstStepsApp(new Set()), 'GET', '/items/', { seq: 3 })
    const html = render(denied)
    expect(html).toMatch(/^<button type="button" class="traffic-newest">/)
    expect(textOf(html)).toMatch(/^#3 GET \/items\/ 401 Unauthorized▴ There is no Authorization header/)
    expect(html).toContain('class="exchange-status tone-error"')
    // The path breaks after its slashes only.
    expect(html).toContain('<span class="path-part">/</span><wbr/><span class="path-part">items/</span>')
  })

  it('marks an answer still on its way as pending, and says when there is nothing yet', () => {
    const waiting = exchange({ seq: 1, request: { method: 'GET', url: `${TEST_ROOT}users/me` } })
    expect(textOf(render(waiting))).toMatch(/^#1 GET \/users\/me …/)
    expect(render(waiting)).toContain('tone-pending')
    const nothing = render(undefined)
    expect(nothing).toMatch(/^<p class="traffic-newest is-empty">No exchanges yet/)
    expect(nothing).not.toContain('<button')
  })
})
