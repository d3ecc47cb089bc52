import { expect, test } from './fixtures'

test.describe('Copy as a TestClient test', () => {
  test('turns the 401 of GET /items/ into a pytest test for the lesson’s main.py', async ({
    playground,
    page,
    context,
  }) => {
    await playground.open('first-steps')
    await playground.execute('GET', '/items/')

    const traffic = page.getByRole('region', { name: 'HTTP traffic' })
    const call = traffic.getByRole('listbox', { name: 'Exchanges' }).getByRole('option', { name: /GET \/items\/ 401/ })
    await call.first().click()

    const testClient = traffic.getByRole('region', { name: 'Copy as a TestClient test' })
    await expect(testClient).toContainText('def test_get_items_answers_401():')
    await expect(testClient).toContainText('assert response.status_code == 401')
    await expect(testClient).toContainText('assert response.json() == {"detail": "Not authenticated"}')

    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await testClient.getByRole('button', { name: 'Copy as a TestClient test' }).click()
    await expect(testClient.getByRole('status')).toHaveText('Copied.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    // The headers "Copy as curl" keeps, here Swagger UI's accept, are sent again.
    expect(copied).toMatch(
      /\n {4}response = client\.get\("\/items\/", headers=\{"accept": "[^"]+"\}\)\n {4}assert response\.status_code == 401\n/,
    )
  })
})
