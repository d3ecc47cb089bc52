// The ways this lesson's app goes wrong that FastAPI users ask about most, each one an app the
// stand-in can run (simple-oauth2-app.ts reads the ids) and an experiment that shows it.
import type { LessonMistake } from '../mistake'
import { answers, appDidNotStart, leftTheApp, noLoginSinceLoad, observe, request, sentHeader } from '../observations'
import { jsonBodyRefused, passedWith } from '../why-observations'
import { ABSOLUTE_TOKEN_URL, JSON_LOGIN, NO_MULTIPART, PERSIST_AUTHORIZATION, TOKEN_KEY } from './mistake-ids'

const AS_JOHN = { action: 'authorize', username: 'johndoe', password: 'secret' } as const

export const mistakes: readonly LessonMistake[] = [
  {
    id: ABSOLUTE_TOKEN_URL,
    title: 'A tokenUrl with a leading slash',
    summary:
      '`tokenUrl="/token"` looks harmless, and at the root of a host it works. But Swagger UI resolves the ' +
      'tokenUrl like a link on the docs page: with the slash it means the **host’s** `/token`, not the app’s. ' +
      'Behind a proxy with a `root_path`, under a router prefix, or here under a sub-path, the password form ' +
      'goes somewhere the app is not, and Authorize fails with whatever that address answers.',
    edits: [{ find: 'OAuth2PasswordBearer(tokenUrl="token")', replace: 'OAuth2PasswordBearer(tokenUrl="/token")' }],
    fix:
      'Write the tokenUrl relative, as the tutorial does: `tokenUrl="token"`. It then resolves next to the ' +
      'docs page, wherever the app is mounted. With a router prefix, include it without the leading slash ' +
      '(`tokenUrl="auth/token"`).',
    discussions: [
      { label: 'fastapi #5778', href: 'https://github.com/fastapi/fastapi/issues/5778' },
      { label: 'fastapi #4667', href: 'https://github.com/fastapi/fastapi/issues/4667' },
      { label: 'fastapi-users #630', href: 'https://github.com/fastapi-users/fastapi-users/issues/630' },
    ],
    // Every login through Authorize leaves the app.
    rulesOut: ['login-and-call', 'wrong-password', 'inactive-user', 'spec-exact-login'],
    experiment: {
      id: ABSOLUTE_TOKEN_URL,
      title: 'Log in through a tokenUrl that leaves the app',
      steps: [AS_JOHN],
      look:
        'The `POST /token` row in **HTTP traffic** went to the root of this host, not below the playground’s ' +
        'folder: the stand-in never saw it, and the host answered instead, so the dialog shows an error. ' +
        'Opened at the root of a host (`npm run dev`), the same app logs in fine, which is why this ' +
        'mistake survives until deployment.',
      observation: observe(request('POST', '/token'), leftTheApp('/token')),
    },
  },
  {
    id: JSON_LOGIN,
    title: 'A login route that reads JSON',
    // Its JSON-body errors are Pydantic 2's; FastAPI 0.92 (Pydantic 1) worded them differently.
    currentOnly: true,
    summary:
      'The login route takes a Pydantic model, so FastAPI reads its body as JSON. The OAuth2 password flow ' +
      'sends a form (`application/x-www-form-urlencoded`): Swagger UI’s Authorize always does, and so do ' +
      'OAuth2 clients. FastAPI answers the form with 422, and the dialog only says “Unprocessable Entity”.',
    edits: [
      {
        find: 'from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm',
        replace: 'from fastapi.security import OAuth2PasswordBearer',
      },
      {
        find: '@app.post("/token")\nasync def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()]):',
        replace:
          'class LoginRequest(BaseModel):\n    username: str\n    password: str\n\n\n' +
          '@app.post("/token")\nasync def login(form_data: LoginRequest):',
      },
    ],
    fix:
      'Take the form: `form_data: Annotated[OAuth2PasswordRequestForm, Depends()]`, as the tutorial does. If a ' +
      'front end of yours wants to send JSON, give it a second route; the tokenUrl must point at the form one.',
    discussions: [
      { label: 'fastapi #1431', href: 'https://github.com/fastapi/fastapi/issues/1431' },
      {
        label: 'full-stack-fastapi-couchbase #2',
        href: 'https://github.com/tiangolo/full-stack-fastapi-couchbase/issues/2',
      },
    ],
    // The password form, from Authorize or by hand, meets a JSON model; only a token sent by hand gets through.
    rulesOut: [
      'login-and-call',
      'wrong-password',
      'inactive-user',
      'case-sensitive',
      'no-password',
      'spec-exact-login',
    ],
    experiment: {
      id: JSON_LOGIN,
      title: 'Authorize against a JSON login',
      steps: [AS_JOHN],
      look:
        'Select `POST /token 422` in **HTTP traffic**: the body is the usual form, and FastAPI’s answer says the ' +
        'input “should be a valid dictionary”, echoing the form as one string. `POST /token` in the docs now ' +
        'shows a JSON body instead of form fields: Try it out with it, and the same username logs in.',
      observation: observe(
        request('POST', '/token'),
        answers(422),
        jsonBodyRefused('model_attributes_type', 'the form is not the JSON object LoginRequest wants'),
      ),
    },
  },
  {
    id: NO_MULTIPART,
    title: 'python-multipart is not installed',
    summary:
      '`pip install fastapi` without `[standard]` leaves out python-multipart, which FastAPI needs to read any ' +
      'form, the password form included. FastAPI checks when the login route is declared, so `main.py` stops ' +
      'while it is imported and the server never starts. `fastapi dev main.py` prints:\n\n' +
      '```text\nForm data requires "python-multipart" to be installed. \nYou can install "python-multipart" with: \n\n' +
      'pip install python-multipart\n\nTraceback (most recent call last):\n  …\n' +
      'RuntimeError: Form data requires "python-multipart" to be installed. \n' +
      'You can install "python-multipart" with: \n\npip install python-multipart\n```\n\n' +
      'With nothing listening, every request fails before any answer: Swagger UI cannot even load the OpenAPI ' +
      'document and says “Failed to fetch”.',
    edits: [
      {
        find: '#   pip install "fastapi[standard]"',
        replace: '#   pip install fastapi    # no [standard]: python-multipart is left out',
      },
    ],
    fix:
      'Install `"fastapi[standard]"` (it brings python-multipart), or `pip install python-multipart`, then start ' +
      'the server again.',
    discussions: [
      { label: 'fastapi #1680', href: 'https://github.com/fastapi/fastapi/issues/1680' },
      { label: 'fastapi #1604', href: 'https://github.com/fastapi/fastapi/issues/1604' },
      { label: 'fastapi #1599', href: 'https://github.com/fastapi/fastapi/issues/1599' },
    ],
    // Nothing answers at all.
    rulesOut: [
      'login-and-call',
      'wrong-password',
      'inactive-user',
      'case-sensitive',
      'no-password',
      'unknown-token',
      'spec-exact-login',
    ],
    experiment: {
      id: NO_MULTIPART,
      title: 'Call an app that never started',
      steps: [{ action: 'send', method: 'GET', path: '/users/me' }],
      look:
        'The row says **no answer**: no status, no headers, no body, as for a server that is not running. The ' +
        'docs pane above failed the same way when it asked for `/openapi.json`.',
      observation: observe(request('GET', '/users/me'), appDidNotStart()),
    },
  },
  {
    id: TOKEN_KEY,
    title: 'A token answer without access_token',
    summary:
      'The login route returns `{"token": …}`. OAuth2 names the field `access_token`, and that is the one ' +
      'Swagger UI reads. It does not check: the dialog says “Authorized”, and every call then carries ' +
      '`Authorization: Bearer undefined`, JavaScript’s word for a missing value.',
    edits: [
      {
        find: 'return {"access_token": user.username, "token_type": "bearer"}',
        replace: 'return {"token": user.username, "token_type": "bearer"}',
      },
    ],
    fix:
      'Return `access_token` and `token_type`, as the tutorial does; lesson 4 declares them in a `Token` model ' +
      'so FastAPI checks the shape for you.',
    discussions: [
      { label: 'fastapi-users #213', href: 'https://github.com/fastapi-users/fastapi-users/pull/213' },
      {
        label: 'fastapi-best-architecture #43',
        href: 'https://github.com/fastapi-practices/fastapi-best-architecture/issues/43',
      },
    ],
    // Logins still succeed, but Swagger UI then sends `Bearer undefined`.
    rulesOut: ['login-and-call', 'inactive-user'],
    experiment: {
      id: TOKEN_KEY,
      title: 'Use a token Swagger UI could not find',
      steps: [AS_JOHN, { action: 'execute', method: 'GET', path: '/users/me' }],
      look:
        'Select `POST /token 200`: the answer has `token`, not `access_token`. Then `GET /users/me 401`: its ' +
        'Authorization header reads `Bearer undefined`, and no user is called “undefined”.',
      observation: observe(request('GET', '/users/me'), sentHeader('authorization', 'Bearer undefined'), answers(401)),
    },
  },
  {
    id: PERSIST_AUTHORIZATION,
    title: 'The token forgotten on every reload',
    summary:
      'Swagger UI keeps the token in the page’s memory, so every reload of `/docs` logs you out, and people ' +
      'file it as a bug. FastAPI passes `swagger_ui_parameters` to Swagger UI; with `persistAuthorization` ' +
      'switched on here, Swagger UI stores the token in this browser’s localStorage and sends it again after ' +
      'a reload. The API itself does not change.',
    edits: [
      { find: 'app = FastAPI()', replace: 'app = FastAPI(swagger_ui_parameters={"persistAuthorization": True})' },
    ],
    fix:
      'It is a choice, not a bug: turn it on while you develop. The token then sits in the browser’s storage ' +
      'until you log out, readable by any script on that origin, so leave it off for docs that others share. ' +
      'Switching the mistake off clears what Swagger UI stored.',
    discussions: [
      {
        label: 'full-stack-fastapi-template #169',
        href: 'https://github.com/fastapi/full-stack-fastapi-template/issues/169',
      },
    ],
    // The API is the tutorial's: every experiment works.
    rulesOut: [],
    experiment: {
      id: PERSIST_AUTHORIZATION,
      title: 'Stay logged in across a reload',
      steps: [AS_JOHN, { action: 'reload' }, { action: 'execute', method: 'GET', path: '/users/me' }],
      look:
        '`GET /users/me 200` carries `Bearer johndoe`, yet **HTTP traffic** shows no `POST /token` since the ' +
        'reload: Swagger UI took the token from localStorage.',
      observation: observe(
        request('GET', '/users/me'),
        answers(200),
        passedWith('OAuth2PasswordBearer', 'johndoe'),
        noLoginSinceLoad('/token'),
      ),
    },
  },
]
