import { createServer, type Server } from 'node:http'
import { expect, test } from './fixtures'
import { EMBEDDING_PORT } from './support/hosts'
import { PlaygroundPage } from './support/playground-page'

// A tutorial site on another origin puts lesson one beside its own text, as the README shows.
let site: Server
const SITE = `http://127.0.0.1:${EMBEDDING_PORT}/`

test.beforeAll(async ({ baseURL }) => {
  const lesson = new URL('?lesson=first-steps&view=embed', baseURL).href
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A tutorial site</title></head><body>' +
    '<main><h1>Security, first steps</h1>' +
    `<iframe src="${lesson}" title="Bearer Playground: First steps" width="800" height="600"></iframe>` +
    '</main></body></html>'
  site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve) => site.listen(EMBEDDING_PORT, '127.0.0.1', resolve))
})

test.afterAll(async () => {
  await new Promise<void>((resolve) => {
    site.close(() => {
      resolve()
    })
  })
})

test.describe('A lesson embedded in another site', () => {
  test.use({ viewport: { width: 1000, height: 760 } })

  test('runs its own mock in a cross-origin frame and shows lesson one’s 401 in the frame’s panel', async ({
    page,
    baseURL,
  }) => {
    await page.goto(SITE)
    const frame = page.locator('iframe[title="Bearer Playground: First steps"]').contentFrame()
    const playground = new PlaygroundPage(page, frame)
    await playground.waitUntilReady()
    await expect(frame.getByRole('navigation', { name: 'Lessons' })).toHaveCount(0)
    await expect(frame.getByRole('link', { name: /Open the whole lesson/ })).toHaveAttribute(
      'href',
      new URL('?lesson=first-steps', baseURL).href,
    )

    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^401\b/)
    const denied = playground.traffic.getByRole('option', { name: /GET \/items\/ 401/ }).first()
    await expect(denied).toBeInViewport()
    await expect(playground.experiment('Call the API without a token')).toHaveAccessibleName(
      'Call the API without a token: done',
    )
  })
})
