import { describe, expect, it } from 'vitest'
import { standInTokenSwitch, STAND_IN_TOKEN_SWITCH } from '../lessons/stand-in-token'
import { stepText } from './step-text'

describe('stepText: the exact clicks of a step', () => {
  it('names the switch by its label', () => {
    expect(stepText({ action: 'switch', switchId: STAND_IN_TOKEN_SWITCH }, [standInTokenSwitch('tutorial001')])).toBe(
      'Tick **Add a stand-in /token endpoint (not part of the tutorial)** under **Additions that are not part of the tutorial**.',
    )
  })

  it('walks through the Authorize dialog, scopes included', () => {
    const text = stepText({ action: 'authorize', username: 'johndoe', password: 'secret', scopes: ['me', 'items'] }, [])
    expect(text).toBe(
      'Click **Authorize** at the top of the docs (if the dialog shows you as authorized, click **Logout** first), ' +
        'enter username `johndoe` and password `secret`, tick only `me` and `items` under Scopes, ' +
        'click **Authorize** in the dialog and, once it answers, **Close**.',
    )
    expect(stepText({ action: 'authorize', username: 'a', password: 'b', scopes: [] }, [])).toContain(
      ', untick every scope under Scopes, ',
    )
    expect(stepText({ action: 'authorize', username: 'a', password: 'b' }, [])).not.toContain('Scopes')
  })

  it('says how to send a request from the panel, headers and form included', () => {
    expect(
      stepText(
        { action: 'send', method: 'POST', path: '/token', headers: { Authorization: 'Bearer' }, form: 'username=x' },
        [],
      ),
    ).toBe(
      'In **HTTP traffic**, open **Send a request**, choose POST, set the path to `/token`, add the header ' +
        '`Authorization: Bearer` and set the form body to `username=x`, and click **Send**.',
    )
  })

  it('names the panel’s tampering controls', () => {
    expect(
      stepText({ action: 'tamper', path: '/users/me/', change: { kind: 'claim', claim: 'sub', value: 'alice' } }, []),
    ).toBe(
      'In **HTTP traffic**, select the newest **GET /users/me/** row, then under **Tamper and resend** change the ' +
        'payload’s `sub` to `"alice"` and click **Resend to /users/me/**.',
    )
    expect(stepText({ action: 'tamper', path: '/x', change: { kind: 'drop-signature' } }, [])).toContain(
      'tick **Drop the signature**',
    )
  })

  it('says how to log out of what an earlier experiment authorized', () => {
    expect(stepText({ action: 'logout' }, [])).toContain('click **Authorize** at the top of the docs, then **Logout**')
  })

  it('keeps a value with a backtick readable as code', () => {
    expect(stepText({ action: 'execute-form', method: 'POST', path: '/token', fields: { username: 'a`b' } }, [])).toBe(
      'Expand **POST /token**, click **Try it out**, set username to ``a`b``, then click **Execute**.',
    )
  })
})
