import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { mistakes } from './mistakes'
import { specExactSwitch } from '../shared/spec-exact-switch'

export const lesson: Lesson = {
  id: 'oauth2-scopes',
  title: 'OAuth2 scopes',
  tutorialFile: 'docs_src/security/tutorial005_an_py310.py',
  fastapiPage: 'https://fastapi.tiangolo.com/advanced/security/oauth2-scopes/',
  install: 'pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"',
  switches: [
    specExactSwitch({
      label: 'RFC 6750',
      description:
        'and the routes put RFC 6750 section 3.1’s error code in www-authenticate: invalid_token with 401, ' +
        'and insufficient_scope with 403 instead of 401',
    }),
  ],
  experiments,
  mistakes,
  clock: true,
  load: () => import('./content').then((module) => module.content),
}
