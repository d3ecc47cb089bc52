// The way this lesson's app goes wrong that FastAPI users ask about most (get-current-user-app.ts
// reads the id), and the experiment that shows it.
import type { LessonMistake } from '../mistake'
import { answers, observe, request } from '../observations'
import { passedWith } from '../why-observations'
import { HTTP_BEARER } from './mistake-ids'

export const mistakes: readonly LessonMistake[] = [
  {
    id: HTTP_BEARER,
    title: 'HTTPBearer where the password flow was meant',
    summary:
      '`HTTPBearer()` reads the same `Authorization: Bearer …` header, so the app looks unchanged. But it ' +
      'describes itself as a plain `http` bearer scheme with no tokenUrl, so Swagger UI’s Authorize dialog ' +
      'becomes a single **Value** box: no username, no password, no login request. You must bring a token ' +
      'from elsewhere. It also wants a token after `Bearer`, where OAuth2PasswordBearer lets an empty one through.',
    edits: [
      {
        find: 'from fastapi.security import OAuth2PasswordBearer',
        replace: 'from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer',
      },
      {
        find: '# Still no token route: "token" is only written into the OpenAPI document.\noauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")',
        replace: '# No tokenUrl at all: the docs cannot log in for you.\nsecurity = HTTPBearer()',
      },
      {
        find: 'async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:',
        replace:
          'async def get_current_user(\n    credentials: Annotated[HTTPAuthorizationCredentials, Depends(security)],\n) -> User:',
      },
      { find: '    return fake_decode_token(token)', replace: '    return fake_decode_token(credentials.credentials)' },
    ],
    fix:
      'Use `OAuth2PasswordBearer(tokenUrl="token")` when the app has (or will have) a password login: the ' +
      'docs then show the login form. `HTTPBearer` fits tokens issued by someone else, such as an identity ' +
      'provider, where there is no form to show.',
    discussions: [
      { label: 'fastapi #2026', href: 'https://github.com/fastapi/fastapi/issues/2026' },
      { label: 'fastapi #10177', href: 'https://github.com/fastapi/fastapi/issues/10177' },
    ],
    // HTTPBearer refuses what OAuth2PasswordBearer let through, and the dialog has no password form.
    rulesOut: ['no-token', 'fake-decoder', 'empty-token', 'basic-is-not-bearer'],
    experiment: {
      id: HTTP_BEARER,
      title: 'Authorize with a bare Value box',
      steps: [
        { action: 'authorize-bearer', token: 'johndoe' },
        { action: 'execute', method: 'GET', path: '/users/me' },
      ],
      look:
        'The dialog had no password form, and no `POST /token` went out: the token is whatever you typed. ' +
        '`GET /users/me` carries it as `Bearer johndoe`, and HTTPBearer hands `credentials.credentials` on.',
      observation: observe(request('GET', '/users/me'), answers(200), passedWith('HTTPBearer', 'johndoe')),
    },
  },
]
