// The way this lesson goes wrong that FastAPI users ask about most, and the experiment that shows it.
import type { LessonMistake } from '../mistake'
import { experiments } from './experiments'

const notEnoughPermissions = experiments.find((experiment) => experiment.id === 'not-enough-permissions')
if (!notEnoughPermissions) throw new Error('oauth2-scopes lost its not-enough-permissions experiment')

export const mistakes: readonly LessonMistake[] = [
  {
    id: 'scope-padlocks',
    title: 'Trusting the padlocks',
    summary:
      'Log in with only the `me` scope and every padlock in Swagger UI closes, `GET /users/me/items/` ' +
      'included, though the token cannot open that route. Swagger UI marks an operation as authorized when ' +
      'its security scheme has a token, whatever scopes the token carries. The first sign of the mistake is ' +
      '401 “Not enough permissions”.',
    edits: [],
    fix:
      'Tick every scope the operations you want to call need; `www-authenticate` on the 401 lists them, and ' +
      'the token view in **HTTP traffic** compares what the token grants with what each operation asks for. ' +
      'In your own client, request the scopes at login rather than trusting a closed padlock.',
    discussions: [{ label: 'swagger-ui #8563', href: 'https://github.com/swagger-api/swagger-ui/issues/8563' }],
    // Nothing changes in the app: the mistake is the learner's trust in the padlocks.
    rulesOut: [],
    experiment: {
      // The lesson's own experiment, seen this time for what the padlocks hide.
      ...notEnoughPermissions,
      id: 'scope-padlocks',
      title: 'Call a locked-looking route without its scope',
      look:
        'Every padlock looked closed, yet the answer is `401 Not enough permissions`. Select the row: the token ' +
        'grants `me`, the route needs `items` and `me`, and `www-authenticate` says so.',
    },
  },
]
