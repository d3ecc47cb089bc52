// "Copy as a TestClient test" for exchanges that carry or issue a JWT: the app's clock stopped where
// the stand-in's was, the warning when it is unknown, a fresh login's token, and a lesson user
// added for the test.
import { describe, expect, it } from 'vitest'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { lesson as oauth2Jwt } from '../lessons/oauth2-jwt/lesson'
import { TEST_CONTEXT, TEST_ROOT, send } from '../testing/test-exchange'
import { JWT_2001, JWT_2100, body, build, testOf } from './testing/testclient-sources'

// 2026-01-02T03:04:05.678Z, in milliseconds: the stand-in's clock in these exchanges.
const ANSWERED = Date.UTC(2026, 0, 2, 3, 4, 5, 678)

const tutorial = createFirstStepsApp(new Set())

describe('copy as a TestClient test: JWTs', () => {
  it('adds the switch’s user to fake_users_db for the test, where the answer shows she was found', () => {
    const jwt = { ...TEST_CONTEXT, lessonId: 'oauth2-jwt' }
    const form = 'grant_type=password&username=alice&password=secretalice'
    const login = (status: number, answer: string) =>
      build(
        {
          context: jwt,
          request: {
            method: 'POST',
            url: `${TEST_ROOT}token`,
            headers: [['content-type', 'application/x-www-form-urlencoded']],
            body: form,
          },
          response: { status, body: answer },
        },
        { switches: oauth2Jwt.switches },
      )
    const found = login(200, JSON.stringify({ access_token: JWT_2100, token_type: 'bearer' }))
    expect(found).toContain(
      'from unittest.mock import ANY\n\nfrom fastapi.testclient import TestClient\n\nimport main\nfrom main import app\n',
    )
    expect(body(found).slice(0, 14)).toEqual([
      '    # As the playground’s switch “Add the disabled user alice (not part of the tutorial)” did:',
      '    # main.py’s fake_users_db gets this entry, for this test only.',
      '    monkeypatch.setitem(',
      '        main.fake_users_db,',
      '        "alice",',
      '        {',
      '            "username": "alice",',
      '            "full_name": "Alice Wonderson",',
      '            "email": "alice@example.com",',
      '            "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$ApTCcgY+bGkviYX3Dv61cg$0uIIV/zWkRP41YcERikNWAdYDhWOW3LiViDBEbnwjvs",',
      '            "disabled": True,',
      '        },',
      '    )',
      '    response = client.post(',
    ])
    expect(found).toContain('def test_post_token_answers_200(monkeypatch):')
    // A refused login answers the same whether or not she is there: main.py is left as it is.
    const refused = login(401, '{"detail":"Incorrect username or password"}')
    expect(refused).not.toContain('monkeypatch')
    expect(refused).not.toContain('import main\n')
    const inactive = build(
      {
        context: jwt,
        request: { method: 'GET', url: `${TEST_ROOT}users/me/`, headers: [['authorization', `Bearer ${JWT_2100}`]] },
        response: { status: 400, body: '{"detail":"Inactive user"}' },
      },
      { switches: oauth2Jwt.switches },
    )
    expect(inactive).toContain('    monkeypatch.setitem(\n        main.fake_users_db,\n        "alice",\n')
  })

  it('stops the app’s clock where the stand-in’s was when it judged a carried JWT', async () => {
    const call = await send(tutorial, 'GET', '/items/', {
      headers: { authorization: `Bearer ${JWT_2100}` },
      standInTime: ANSWERED,
    })
    const text = testOf(call)
    expect(text.split('\n').slice(0, 18)).toEqual([
      '# Replays a Bearer Playground exchange against the main.py of the lesson "first-steps":',
      '# save it as test_main.py beside that main.py and run pytest.',
      '# It stops the clock with time-machine: pip install time-machine',
      'from datetime import datetime',
      '',
      'import time_machine',
      'from fastapi.testclient import TestClient',
      '',
      'from main import app',
      '',
      'client = TestClient(app)',
      '',
      '# When the playground answered, by the stand-in’s clock (and the lesson clock, if you moved it):',
      '# time_machine stops the app’s clock there, so the JWT is judged as it was then, any day.',
      'ANSWERED_AT = datetime.fromisoformat("2026-01-02T03:04:05.678+00:00")',
      '',
      '',
      '@time_machine.travel(ANSWERED_AT, tick=False)',
    ])
    expect(body(text)[0]).toBe(
      '    # The JWT’s exp claim says 2100-01-01T00:00:00Z: at ANSWERED_AT it had not passed yet.',
    )
    const expired = await send(tutorial, 'GET', '/items/', {
      headers: { authorization: `Bearer ${JWT_2001}` },
      standInTime: ANSWERED,
    })
    expect(body(testOf(expired))[0]).toBe(
      '    # The JWT’s exp claim says 2001-09-09T01:46:40Z: at ANSWERED_AT it had passed.',
    )
  })

  it('warns that a carried JWT expires when the stand-in’s clock is unknown', async () => {
    const call = await send(tutorial, 'GET', '/items/', { headers: { authorization: `Bearer ${JWT_2100}` } })
    const text = testOf(call)
    expect(text).not.toContain('time_machine')
    expect(body(text).slice(0, 3)).toEqual([
      '    # This JWT expires at 2100-01-01T00:00:00Z (its exp claim). Once it has, an app that verifies it',
      '    # answers 401 and this test fails: log in again and paste the fresh token here.',
      '    response = client.get(',
    ])
  })

  it('gives JWT treatment only to a token that decodes as one, not to any value with two dots', async () => {
    for (const token of ['a.b.c', 'alice', `${JWT_2100.slice(0, 20)}.x.y`]) {
      const call = await send(tutorial, 'GET', '/items/', {
        headers: { authorization: `Bearer ${token}` },
        standInTime: ANSWERED,
      })
      const text = testOf(call)
      expect(text).not.toContain('exp claim')
      expect(text).not.toContain('time_machine')
    }
  })

  it('accepts any freshly signed JWT in a login’s answer, since each login issues a new one', () => {
    const text = build({
      request: { method: 'POST', url: `${TEST_ROOT}token`, body: '' },
      response: { status: 200, body: JSON.stringify({ access_token: JWT_2100, token_type: 'bearer' }) },
    })
    expect(text).toContain('from unittest.mock import ANY\n\nfrom fastapi.testclient import TestClient\n')
    expect(body(text).slice(-2)).toEqual([
      '    # Each login signs a new JWT (its exp counts from the moment of login): any token will do.',
      '    assert response.json() == {"access_token": ANY, "token_type": "bearer"}',
    ])
    // A token that is not a JWT (the stand-in /token's username) is compared as it is.
    const plain = build({
      request: { method: 'POST', url: `${TEST_ROOT}token`, body: '' },
      response: { status: 200, body: JSON.stringify({ access_token: 'a.b.c', token_type: 'bearer' }) },
    })
    expect(plain).not.toContain('ANY')
    expect(plain).toContain('    assert response.json() == {"access_token": "a.b.c", "token_type": "bearer"}')
  })
})
