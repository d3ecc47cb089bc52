import { expect, test } from './fixtures'

test.describe('Beyond the tutorial: short-lived tokens, refresh and logout', () => {
  // Every login runs Argon2 (64 MiB, three passes) in the page's worker: slow on a busy machine.
  test.describe.configure({ timeout: 90_000 })

  test('a refresh through Try it out rotates the refresh token; logout revokes the access token and the session', async ({
    playground,
    page,
  }) => {
    await playground.open('refresh-and-logout')
    await expect(playground.lessonHeading).toHaveText('Short-lived tokens, refresh and logout')

    const login = page.waitForResponse((response) => response.request().method() === 'POST')
    await playground.authorize('johndoe', 'secret')
    const pair = (await (await login).json()) as Record<string, unknown>
    expect(pair).toMatchObject({ token_type: 'bearer', expires_in: 300 })
    expect(pair.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const claims = JSON.parse(atob(String(pair.access_token).split('.')[1] ?? '')) as Record<string, unknown>
    expect(Object.keys(claims)).toEqual(['sub', 'sid', 'jti', 'exp'])
    await playground.closeDialog()

    // Swagger UI offers the two grants as a list; it sends every field, the empty ones too.
    const sent = page.waitForRequest((request) => request.method() === 'POST')
    const refreshed = await playground.executeForm('POST', '/token', {
      grant_type: 'refresh_token',
      refresh_token: String(pair.refresh_token),
    })
    expect((await sent).postData()).toBe(
      `grant_type=refresh_token&username=&password=&refresh_token=${String(pair.refresh_token)}`,
    )
    await expect(refreshed.status).toHaveText(/^200\b/)
    await expect(refreshed.body).toContainText('"expires_in": 300')
    await expect(refreshed.body).not.toContainText(String(pair.refresh_token))

    // The same refresh token again: spent.
    const reused = await playground.execute('POST', '/token')
    await expect(reused.status).toHaveText(/^401\b/)
    await expect(reused.body).toContainText('"detail": "Invalid refresh token"')

    // A new login, then logout: Swagger UI still sends the revoked token, and the server refuses it.
    await playground.logOutOfEverything()
    // Closed only once the login's token is in: Argon2 takes a while, and a request sent sooner goes without it.
    await expect((await playground.authorize('johndoe', 'secret')).getByText('Authorized')).toBeVisible()
    await playground.closeDialog()
    await expect((await playground.execute('GET', '/users/me/')).status).toHaveText(/^200\b/)
    const logout = await playground.execute('POST', '/logout')
    await expect(logout.status).toHaveText(/^200\b/)
    await expect(logout.body).toContainText('"message": "Logged out"')
    await expect((await playground.execute('GET', '/users/me/')).status).toHaveText(/^401\b/)
    const why = playground.traffic.getByRole('group', { name: 'Selected exchange and sequence' })
    await playground.exchange('GET', '/users/me/', 401).click()
    await expect(why).toContainText('a logout revoked this very token')

    // And the panel's refresh of that login now fails: the logout ended its session.
    await playground.refreshFrom('login')
    await expect(playground.exchange('POST', '/token')).toHaveAccessibleName(/^#\d+ POST \/token 401 /)
    await expect(why).toContainText('a logout ended its session')
  })
})
