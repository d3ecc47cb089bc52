import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { scanWholePage } from './support/axe-scan'

// {"alg":"HS256","typ":"JWT"} . {"sub":"johndoe","exp":4102444800}: a JWT that expires in 2100.
const JWT_2100 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjo0MTAyNDQ0ODAwfQ.4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg'
const MARKUP = '<img src=x onerror=alert(1)>'

function inspector(page: Page) {
  const traffic = page.getByRole('region', { name: 'HTTP traffic' })
  return {
    traffic,
    list: traffic.getByRole('listbox', { name: 'Exchanges' }),
    // Newest first: the first match is the latest exchange of its kind.
    exchange: (name: RegExp): Locator => traffic.getByRole('option', { name }).first(),
  }
}

async function tickStandInToken(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /stand-in \/token endpoint/ }).check()
}

test.describe('The traffic inspector', () => {
  test('explains the 401, shows the token request Swagger UI hides, and follows the token', async ({
    playground,
    page,
    baseURL,
  }) => {
    await playground.open('first-steps')
    const { traffic, exchange } = inspector(page)
    await expect(exchange(/GET \/openapi\.json 200/)).toBeVisible()

    await playground.execute('GET', '/items/')
    await exchange(/GET \/items\/ 401/).click()
    await expect(traffic.locator('.why-summary')).toHaveText(
      'There is no Authorization header, so oauth2_scheme (OAuth2PasswordBearer) answered 401 Not authenticated ' +
        '(WWW-Authenticate: Bearer) before read_items() ran.',
    )
    // The stand-in answered the service worker's message itself (worker-shortcuts.ts), not msw's
    // handlers in the page, which answer only where the shortcut could not read the message.
    await expect(traffic.getByText(/^Answered by the stand-in in this page, /)).toHaveText(
      'Answered by the stand-in in this page, replying to the service worker directly',
    )
    // Only the learner's exchange is news: the docs' own load was listed before the panel opened.
    await expect(traffic.locator('[aria-live="polite"]')).toHaveText('GET /items/ answered 401 Unauthorized.')
    await expect(traffic.getByRole('option', { name: /GET \/openapi\.json/ })).toHaveCount(1)

    await tickStandInToken(page)
    const dialog = await playground.authorize('alice', 'secret')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const login = exchange(/POST \/token 200 OK .*issues T1/)
    await login.click()
    await expect(login).toHaveAttribute('aria-selected', 'true')
    const form = traffic.getByRole('table', { name: 'Form fields, decoded' })
    await expect(form.getByRole('row', { name: 'grant_type password' })).toBeVisible()
    await expect(form.getByRole('row', { name: 'username alice' })).toBeVisible()
    await expect(form.getByRole('row', { name: 'password ••••••' })).toBeVisible()
    await traffic.getByRole('button', { name: 'Reveal passwords' }).click()
    await expect(form.getByRole('row', { name: 'password secret' })).toBeVisible()
    await expect(traffic.getByText(/Authorization: Basic Og== comes from Swagger UI/)).toBeVisible()
    await expect(traffic.getByText(/Og== is base64 of ":"/)).toBeVisible()
    await expect(traffic.getByText(/The OpenAPI document’s tokenUrl is token/)).toContainText(
      `which gives ${new URL('token', baseURL).href}, where this request went.`,
    )
    await expect(traffic.locator('.curl-command')).toContainText("curl -X POST 'http://127.0.0.1:8000/token'")

    await playground.execute('GET', '/items/')
    const call = exchange(/GET \/items\/ 200 OK .*sends T1/)
    await call.click()
    const headers = traffic.getByRole('table', { name: 'Request headers' })
    await expect(headers.getByRole('row', { name: /^authorization Bearer alice/ })).toBeVisible()
    await expect(traffic.getByText('This is token T1, issued by')).toBeVisible()
    await traffic.getByRole('button', { name: /^exchange #\d+$/ }).click()
    await expect(login).toHaveAttribute('aria-selected', 'true')
    await expect(traffic.getByText(/^Sent later by #\d+\.$/)).toBeVisible()
  })

  test('shows markup in a username as text, and the page passes an axe scan', async ({ playground, page }) => {
    test.slow()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await playground.open('first-steps')
    const { traffic, exchange } = inspector(page)
    await tickStandInToken(page)
    // Executed only once the token is in, or the request goes without it.
    await expect((await playground.authorize(MARKUP, 'secret')).getByText('Authorized')).toBeVisible()
    await playground.closeDialog()
    await playground.execute('GET', '/items/')

    await exchange(/GET \/items\/ 200/).click()
    await expect(traffic.locator('.exchange-detail').getByText(`Bearer ${MARKUP}`, { exact: true })).toBeVisible()
    await exchange(/POST \/token 200/).click()
    await expect(
      traffic.getByRole('table', { name: 'Form fields, decoded' }).getByText(MARKUP, { exact: true }),
    ).toBeVisible()
    await expect(traffic.locator('img')).toHaveCount(0)

    expect(await scanWholePage(page, 'the token request open')).toEqual([])
    expect(dialogs).toEqual([])
  })

  test('decodes a JWT, lets the learner expire it and resend it, by keyboard', async ({ playground, page }) => {
    await playground.open('first-steps')
    const { traffic, list, exchange } = inspector(page)
    await page.evaluate(async (token) => {
      await fetch('items/', { headers: { Authorization: `Bearer ${token}` } })
    }, JWT_2100)

    const sent = exchange(/GET \/items\/ 200/)
    const seq = /^#(\d+)/.exec((await sent.textContent()) ?? '')?.[1] ?? ''
    await sent.click()
    await list.press('End')
    await expect(traffic.getByRole('option', { name: /GET \/openapi\.json/ })).toBeFocused()
    await list.press('Home')
    await expect(sent).toBeFocused()
    await expect(sent).toHaveAttribute('aria-selected', 'true')
    const claims = traffic.getByRole('table', { name: 'JWT claims (payload)' })
    await expect(claims.getByRole('row', { name: /^sub "johndoe"/ })).toBeVisible()
    await expect(claims.getByRole('row', { name: /^exp 4102444800 \(2100-01-01T00:00:00Z, in \d+ d/ })).toBeVisible()
    await expect(traffic.getByText(/^Expires in \d+ d/)).toBeVisible()

    await traffic.getByRole('button', { name: 'Expire it' }).click()
    await traffic.getByRole('checkbox', { name: 'Drop the signature' }).check()
    await traffic.getByRole('button', { name: 'Resend to /items/' }).click()

    const resent = traffic.getByRole('option', { selected: true })
    await expect(resent).toHaveAccessibleName(/GET \/items\/ 200/)
    await expect(resent).not.toHaveAccessibleName(new RegExp(`^#${seq} `))
    await expect(traffic.getByText(/^Expired 1 min( \d+ s)? ago: PyJWT’s jwt\.decode rejects it/)).toBeVisible()
    await expect(traffic.getByText('Signature (none)', { exact: false })).toBeVisible()

    await traffic.getByRole('searchbox', { name: 'Filter by path or status' }).fill('4xx')
    await expect(traffic.getByRole('option')).toHaveCount(0)
    await traffic.getByRole('searchbox', { name: 'Filter by path or status' }).fill('')
    await page.getByRole('button', { name: 'HTTP traffic' }).click()
    await expect(list).toHaveCount(0)
    await page.getByRole('button', { name: 'HTTP traffic' }).click()
    await expect(exchange(/GET \/items\/ 200/)).toBeVisible()
  })
})
