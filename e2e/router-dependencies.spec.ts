import { expect, test } from './fixtures'

test.describe('Beyond the tutorial: protect a whole router, and test it', () => {
  // Every login runs Argon2 (64 MiB, three passes) in the page's worker: slow on a busy machine.
  test.describe.configure({ timeout: 60_000 })

  test('the router’s one dependency guards each of its routes, and Why names the router', async ({ playground }) => {
    await playground.open('router-dependencies')
    await expect(playground.lessonHeading).toHaveText('Protect a whole router, and test it')

    // A padlock on every operation of the protected router, none on the public one.
    const padlock = (method: string, path: string) =>
      playground.operation(method, path).getByRole('button', { name: /^authorization button/ })
    for (const path of ['/users/me', '/items/', '/admin/users', '/admin/reports']) {
      await expect(padlock('GET', path), path).toHaveCount(1)
    }
    await expect(padlock('GET', '/status')).toHaveCount(0)
    await expect(padlock('POST', '/token')).toHaveCount(0)

    const open = await playground.execute('GET', '/status')
    await expect(open.status).toHaveText(/^200\b/)

    const refused = await playground.execute('GET', '/items/')
    await expect(refused.status).toHaveText(/^401\b/)
    await playground.exchange('GET', '/items/', 401).click()
    const why = playground.traffic.getByRole('group', { name: 'Why' })
    await expect(why.getByRole('paragraph').first()).toHaveText(
      'There is no Authorization header, so oauth2_scheme (OAuth2PasswordBearer) answered 401 Not authenticated ' +
        '(WWW-Authenticate: Bearer) before get_current_user() and read_items() ran. get_current_user() is a ' +
        'dependency of the router protected_router: every route of it runs it first.',
    )
    // Nothing returned a user: there is only the first form of the test.
    await expect(playground.traffic.getByRole('region', { name: 'Copy as a TestClient test' })).toBeVisible()
    await expect(
      playground.traffic.getByRole('region', { name: 'Or log in through app.dependency_overrides' }),
    ).toHaveCount(0)
  })

  test('a role and a scope answer 403 differently; a user that passed gives a dependency_overrides test', async ({
    playground,
    page,
  }) => {
    await playground.open('router-dependencies')
    const tokenRequest = page.waitForRequest((request) => request.method() === 'POST')
    const dialog = await playground.authorize('alice', 'secretalice', { scopes: [] })
    expect((await tokenRequest).postData()).toBe('grant_type=password&username=alice&password=secretalice')
    await expect(dialog.getByText('Authorized')).toBeVisible()
    await playground.closeDialog()

    const reports = await playground.execute('GET', '/admin/reports')
    await expect(reports.status).toHaveText(/^403\b/)
    await expect(reports.body).toContainText('"detail": "Not enough permissions"')
    await expect(reports.headers).toContainText('error="insufficient_scope"')

    const users = await playground.execute('GET', '/admin/users')
    await expect(users.status).toHaveText(/^200\b/)
    await playground.exchange('GET', '/admin/users', 200).click()
    const override = playground.traffic.getByRole('region', { name: 'Or log in through app.dependency_overrides' })
    await expect(override).toContainText('User(username="alice", full_name="Alice Chains", roles=["admin"])')
    await expect(override.locator('pre')).toContainText(
      'app.dependency_overrides[get_current_user] = fake_get_current_user',
    )
    await expect(override.locator('pre')).not.toContainText('Authorization')

    // The scope check raised inside get_current_user: no override form for that exchange.
    await playground.exchange('GET', '/admin/reports', 403).click()
    await expect(playground.traffic.getByRole('region', { name: 'Copy as a TestClient test' })).toBeVisible()
    await expect(override).toHaveCount(0)

    await expect(page.getByRole('heading', { name: 'Take it home' })).toBeAttached()
    await expect(page.getByText('save them as test_main.py beside main.py')).toBeAttached()
  })
})
