// The lesson's switch, shared by its app and its description without loading the app: the user it
// adds, and how a TestClient test of main.py adds her too.
import type { LessonSwitch } from '../lesson'
import { answers, detail, either, formField, observe, request } from '../observations'
import type { UserInDB } from '../shared/jwt-tutorial-models'

export const INACTIVE_ALICE_SWITCH = 'inactive-alice'

/**
 * Not in tutorial004's database: FastAPI's own test patches her in to reach "Inactive user".
 * Password `secretalice`; our own Argon2id hash, with pwdlib's parameters.
 */
export const INACTIVE_ALICE = {
  username: 'alice',
  full_name: 'Alice Wonderson',
  email: 'alice@example.com',
  hashed_password: '$argon2id$v=19$m=65536,t=3,p=4$ApTCcgY+bGkviYX3Dv61cg$0uIIV/zWkRP41YcERikNWAdYDhWOW3LiViDBEbnwjvs',
  disabled: true,
} as const satisfies UserInDB

export const inactiveAliceSwitch: LessonSwitch = {
  id: INACTIVE_ALICE_SWITCH,
  label: 'Add the disabled user alice (not part of the tutorial)',
  description:
    'Puts a disabled alice (Alice Wonderson, password secretalice) into fake_users_db, as FastAPI’s ' +
    'own test does, so that "Inactive user" can be reached. The OpenAPI document does not change.',
  inMainPy: {
    kind: 'dict-entry',
    dict: 'fake_users_db',
    key: INACTIVE_ALICE.username,
    value: INACTIVE_ALICE,
    // The answers that found her: her login, and "Inactive user" (johndoe is active). Where she
    // was not found (a wrong password, a bad token), main.py without her answers the same.
    shownBy: either(
      observe(request('POST', '/token'), answers(200), formField('username', INACTIVE_ALICE.username)),
      observe(answers(400), detail('Inactive user')),
    ),
  },
}
