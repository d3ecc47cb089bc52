import { scanWholePage } from './support/axe-scan'
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser'
import { startRecordingServer, type RecordingServer } from './support/recording-server'
import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'

// A link with `?server=` connects by itself only to this machine or the playground's own origin.
// For any other host the page asks first. A made-up name that Chromium maps to this machine plays
// "any other host": the browser treats it as a remote name, and the server sees every request.
const SPOOF_HOST = 'playground-spoof.test'

test.use({
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${SPOOF_HOST} 127.0.0.1`],
  },
})

let server: RecordingServer

test.beforeAll(async () => {
  server = await startRecordingServer()
})

test.afterAll(async () => {
  await server.close()
})

test.beforeEach(() => {
  server.requests.length = 0
})

/** Everything the page keeps in localStorage and sessionStorage, as one string. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      [localStorage, sessionStorage].map((storage) =>
        Array.from({ length: storage.length }, (_, index) => {
          const key = storage.key(index) ?? ''
          return [key, storage.getItem(key)]
        }),
      ),
    ),
  )
}

function linkTo(address: string, extra = ''): string {
  return `./?lesson=simple-oauth2${extra}&server=${encodeURIComponent(address)}`
}

test.describe('A link to a server', () => {
  test('on another host asks first, sends it nothing, and connects only when the learner says so', async ({
    playground,
    page,
  }) => {
    const address = `http://${SPOOF_HOST}:${server.port}`
    await page.goto(linkTo(address))

    const warning = page.getByRole('region', { name: `This link points the docs at ${SPOOF_HOST}` })
    await expect(warning).toBeVisible({ timeout: 25_000 })
    await expect(warning).toContainText(`Authorize will send what you type in it`)
    await expect(warning).toContainText(`to ${SPOOF_HOST}`)
    // Meanwhile the stand-in answers, as without the link.
    await playground.waitUntilReady()
    expect(server.requests).toEqual([])
    expect(await scanWholePage(page, 'asking about a linked host')).toEqual([])

    // The link's address is neither in the box nor stored.
    await page.getByRole('button', { name: 'Your own server' }).click()
    await expect(page.getByRole('textbox', { name: 'FastAPI server address' })).not.toHaveValue(new RegExp(SPOOF_HOST))
    expect(await storedText(page)).not.toContain(SPOOF_HOST)

    await warning.getByRole('button', { name: `Connect to ${SPOOF_HOST}` }).click()
    await playground.waitUntilServerAnswers()
    await expect(warning).toHaveCount(0)
    expect(server.requests).toContainEqual({
      method: 'GET',
      path: '/openapi.json',
      host: `${SPOOF_HOST}:${server.port}`,
    })
    await expect(playground.operation('POST', '/token')).toBeVisible()
    expect(await storedText(page)).not.toContain(SPOOF_HOST)
  })

  test('on another host, in the embed view: the same question, and staying keeps the stand-in', async ({
    playground,
    page,
  }) => {
    await page.goto(linkTo(`http://${SPOOF_HOST}:${server.port}/app`, '&view=embed'))
    const warning = page.getByRole('region', { name: `This link points the docs at ${SPOOF_HOST}` })
    await expect(warning).toBeVisible({ timeout: 25_000 })
    await expect(warning.getByRole('button', { name: `Connect to ${SPOOF_HOST}` })).toBeVisible()
    await playground.waitUntilReady()

    await warning.getByRole('button', { name: 'Stay on the stand-in' }).click()
    await expect(warning).toHaveCount(0)
    expect(new URL(page.url()).searchParams.has('server')).toBe(false)
    expect(new URL(page.url()).searchParams.get('view')).toBe('embed')
    const answer = await playground.execute('GET', '/users/me')
    await expect(answer.status).toHaveText(/^401\b/)
    expect(server.requests).toEqual([])
  })

  test('on this machine connects by itself', async ({ playground, page }) => {
    const address = `http://127.0.0.1:${server.port}`
    await page.goto(linkTo(address))
    await playground.waitUntilServerAnswers()
    await expect(page.getByRole('region', { name: /^This link points the docs at/ })).toHaveCount(0)
    expect(server.requests).toContainEqual({ method: 'GET', path: '/openapi.json', host: `127.0.0.1:${server.port}` })
    await expect(page.getByRole('textbox', { name: 'FastAPI server address' })).not.toHaveValue(address)
    expect(await storedText(page)).not.toContain(`127.0.0.1:${server.port}`)
  })
})
