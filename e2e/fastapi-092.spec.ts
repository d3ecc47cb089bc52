import { expect, test } from './fixtures'

test.describe('Answering as FastAPI 0.92 (?fastapi=0.92)', () => {
  test('lesson 3 answers an unknown token as 0.92 did, the panel marks it, and the docs are OAS 3.0', async ({
    playground,
    page,
  }) => {
    await page.goto('./?lesson=simple-oauth2&fastapi=0.92')
    await playground.waitUntilReady()
    const notice = page.getByRole('complementary', { name: 'FastAPI release' })
    await expect(notice).toContainText('The stand-in answers as FastAPI 0.92')
    await expect(playground.docs.getByRole('heading', { name: /FastAPI/ })).toContainText('OAS 3.0')

    await playground.sendFromPanel({
      action: 'send',
      method: 'GET',
      path: '/users/me',
      headers: { Authorization: 'Bearer nobody' },
    })
    const traffic = playground.traffic
    const row = traffic.getByRole('option', { name: /^#\d+ GET \/users\/me 401/ }).first()
    await expect(row).toContainText('0.92 answer, changed in 0.122.0')
    await row.click()
    const detail = traffic.locator('.exchange-detail')
    await expect(detail.getByText(/"detail": ?"Invalid authentication credentials"/).first()).toBeVisible()
    await expect(detail.getByText('Answered as FastAPI 0.92')).toBeVisible()
    await expect(
      detail.getByText('FastAPI 0.122.0 changed this: today it answers 401 “Not authenticated” (#13786).'),
    ).toBeVisible()
  })

  test('the notice links back to today’s FastAPI, where the same request is answered as today, unmarked', async ({
    playground,
    page,
  }) => {
    // Two cold starts of Swagger UI on a busy machine.
    test.slow()
    await page.goto('./?lesson=simple-oauth2&fastapi=0.92')
    await playground.waitUntilReady()
    const notice = page.getByRole('complementary', { name: 'FastAPI release' })
    await notice.getByRole('link', { name: 'Answer as today’s FastAPI' }).click()
    await playground.waitUntilReady()
    await expect(page).toHaveURL(/\?lesson=simple-oauth2$/)
    await expect(page.getByRole('complementary', { name: 'FastAPI release' })).toHaveCount(0)
    await expect(playground.docs.getByRole('heading', { name: /FastAPI/ })).toContainText('OAS 3.1')
    await playground.sendFromPanel({
      action: 'send',
      method: 'GET',
      path: '/users/me',
      headers: { Authorization: 'Bearer nobody' },
    })
    const traffic = playground.traffic
    const row = traffic.getByRole('option', { name: /^#\d+ GET \/users\/me 401/ }).first()
    await row.click()
    await expect(
      traffic
        .locator('.exchange-detail')
        .getByText(/"detail": ?"Not authenticated"/)
        .first(),
    ).toBeVisible()
    await expect(row).not.toContainText('changed in')
  })

  test('lesson 4 stays on today’s FastAPI and says why', async ({ playground, page }) => {
    await page.goto('./?lesson=oauth2-jwt&fastapi=0.92')
    await playground.waitUntilReady()
    const notice = page.getByRole('complementary', { name: 'FastAPI release' })
    await expect(notice).toContainText('python-jose')
    await expect(notice).toContainText('answers as today’s FastAPI')
    await expect(playground.docs.getByRole('heading', { name: /FastAPI/ })).toContainText('OAS 3.1')
  })
})
