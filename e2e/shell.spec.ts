import { expect, test } from './fixtures'

test.describe('The playground shell', () => {
  test('an unknown lesson id says so and opens the first lesson', async ({ page, playground }) => {
    await page.goto('./?lesson=%3Cb%3Enope%3C%2Fb%3E')
    await playground.waitUntilReady()
    await expect(page.getByRole('alert')).toHaveText(
      'There is no lesson called “<b>nope</b>”. Showing “First steps” instead.',
    )
    await expect(playground.lessonHeading).toHaveText('First steps')
  })

  test('lessons are links: the URL, heading and title follow, and Back returns', async ({ page, playground }) => {
    await playground.open('first-steps')
    const nav = page.getByRole('navigation', { name: 'Lessons' })
    const second = nav.getByRole('link').nth(1)
    const secondTitle = (await second.textContent()) ?? ''
    await second.click()
    await expect(playground.lessonHeading).toHaveText(secondTitle)
    await expect(page).toHaveURL(/\?lesson=get-current-user$/)
    await expect(page).toHaveTitle(`${secondTitle} · Bearer Playground`)
    await expect(second).toHaveAttribute('aria-current', 'page')

    await page.goBack()
    await expect(playground.lessonHeading).toHaveText('First steps')
    await expect(page).toHaveTitle('First steps · Bearer Playground')
    await playground.waitUntilReady()
  })

  test('behind a proxy, the relative tokenUrl follows the API to /api/v1', async ({ page, playground, baseURL }) => {
    await playground.open('first-steps')
    await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).check()
    await playground.docs.getByText('Behind a proxy').click()
    await page.getByRole('checkbox', { name: /Serve the API under \/api\/v1/ }).check()
    await playground.waitUntilReady()

    const apiRoot = new URL('api/v1/', baseURL)
    const document: unknown = await page.evaluate(
      async (url) => (await (await fetch(url)).json()) as unknown,
      new URL('openapi.json', apiRoot).href,
    )
    expect(document).toMatchObject({ servers: [{ url: apiRoot.pathname.replace(/\/$/, '') }] })

    const tokenResponse = page.waitForResponse((response) => response.request().method() === 'POST')
    await playground.authorize('alice', 'secret')
    expect((await tokenResponse).url()).toBe(new URL('token', apiRoot).href)
    await playground.closeDialog()

    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^200\b/)
    await expect(response.body).toContainText('"token": "alice"')
  })

  test('header values beyond ASCII reach the stand-in as the bytes a browser sends', async ({ page, playground }) => {
    await playground.open('first-steps')
    const answers = await page.evaluate(async () => {
      const tokenOf = async (authorization: string) => (await fetch('items/', { headers: { authorization } })).text()
      return [await tokenOf('Bearer Jürgen'), await tokenOf('Bearer plain')]
    })
    // Latin-1 bytes on the wire, read back as latin-1 by Starlette.
    expect(answers).toEqual(['{"token":"Jürgen"}', '{"token":"plain"}'])
  })

  test('a tab left open lets go of the requests it has answered', async ({ page, playground }) => {
    await playground.open('first-steps')
    // Each mocked request reaches the page as a worker message with its own port; a leak would
    // keep one port per request alive.
    const cdp = await page.context().newCDPSession(page)
    const livePorts = async () => {
      const prototype = await cdp.send('Runtime.evaluate', { expression: 'MessagePort.prototype' })
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.result.objectId ?? '' })
      const count = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId ?? '',
        functionDeclaration: 'function () { return this.length }',
        returnByValue: true,
      })
      return Number(count.result.value)
    }
    await page.evaluate(async () => {
      for (let i = 0; i < 100; i += 1) await (await fetch('items/')).text()
    })
    expect(await livePorts()).toBeLessThan(20)
  })
})

test.describe('When the mock cannot start', () => {
  test.use({ consoleErrors: [] })

  for (const script of ['playground-worker.js', 'mockServiceWorker.js']) {
    test(`a missing ${script} gives advice instead of a blank pane`, async ({ context, page }) => {
      await context.route(`**/${script}`, (route) => route.fulfill({ status: 404, body: 'Not found' }))
      await page.goto('./?lesson=first-steps')
      const alert = page.getByRole('alert')
      await expect(alert).toContainText('its service worker script was not found')
      await expect(alert).toContainText('playground-worker.js and mockServiceWorker.js included')
      await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible()
    })
  }
})
