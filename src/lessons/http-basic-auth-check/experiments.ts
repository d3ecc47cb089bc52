import type { Experiment } from '../experiment'
import { answers, bodyField, detail, observe, request } from '../observations'
import { passedWith, rejectedBy } from '../why-observations'

export const experiments: readonly Experiment[] = [
  {
    id: 'wrong-password',
    title: 'Send the right user with a wrong password',
    steps: [
      { action: 'authorize-basic', username: 'stanleyjobson', password: 'wrongpassword' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'The dialog said “Authorized”, yet the answer is `401 Incorrect username or password` with ' +
      '`www-authenticate: Basic`: Swagger UI checked nothing, `get_current_username` did. The message ' +
      'does not say which half was wrong.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      detail('Incorrect username or password'),
      passedWith('HTTPBasic', 'stanleyjobson'),
    ),
  },
  {
    id: 'right-pair',
    title: 'Send the right pair',
    steps: [
      { action: 'authorize-basic', username: 'stanleyjobson', password: 'swordfish' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look: 'Both `compare_digest` calls succeed and `read_current_user` answers `{"username": "stanleyjobson"}`.',
    observation: observe(request('GET', '/users/me'), answers(200), bodyField('username', 'stanleyjobson')),
  },
  {
    id: 'case-counts',
    title: 'Change the case of the username',
    steps: [
      { action: 'authorize-basic', username: 'StanleyJobson', password: 'swordfish' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look: 'A 401 again: the comparison is byte for byte, so `S` is not `s`.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      detail('Incorrect username or password'),
      passedWith('HTTPBasic', 'StanleyJobson'),
    ),
  },
  {
    id: 'two-different-401s',
    title: 'Send no credentials at all',
    steps: [{ action: 'logout' }, { action: 'execute', method: 'GET', path: '/users/me' }],
    look:
      '`401 Not authenticated`, not “Incorrect…”: `HTTPBasic` answered before the check ran. In ' +
      '**HTTP traffic**, compare its **Why** with that of an `Incorrect username or password` 401.',
    observation: observe(
      request('GET', '/users/me'),
      answers(401),
      detail('Not authenticated'),
      rejectedBy('HTTPBasic', 'no-authorization-header'),
    ),
  },
  {
    id: 'accent-never-compared',
    title: 'Put an accent in the password',
    steps: [
      { action: 'authorize-basic', username: 'stanleyjobson', password: 'swordfisé' },
      { action: 'execute', method: 'GET', path: '/users/me' },
    ],
    look:
      'Not “Incorrect username or password” but `Not authenticated`: the `é` makes the header non-ASCII, ' +
      'so the pair never reaches `compare_digest`.',
    observation: observe(request('GET', '/users/me'), answers(401), rejectedBy('HTTPBasic', 'not-ascii')),
  },
]
