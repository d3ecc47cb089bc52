// The second form of "Copy as a TestClient test": logged in by app.dependency_overrides instead of
// credentials. It is offered only where that changes nothing but the login: every credential went
// to one dependency, which returned a user that main.py's own model can write, and never raised.
// The test then replaces that dependency with a function returning the same user, sends the same
// request without its Authorization header, and asserts the same answer.
import type { DecisionStep, ModelValue } from '../server/exchange-record'
import { factsOf } from './exchange-facts'
import type { Exchange } from './exchange'
import { pythonExpression, pythonLines, prefixed } from './python-literal'
import { replayLines } from './testclient-request'
import { testName } from './testclient-test'

export interface OverrideTest {
  /** The dependency the test overrides, e.g. `get_current_user`. */
  readonly dependency: string
  /** The user it returned, as `User(username="alice", …)`. */
  readonly user: string
  readonly source: string
}

/** The test, or undefined where an override would not give the same answer (or nothing returned a user). */
export function buildOverrideTest(
  exchange: Exchange,
  options: { readonly maskSecrets?: boolean } = {},
): OverrideTest | undefined {
  const { request, response, context } = exchange
  const steps = response?.answeredBy === 'stand-in' ? (response.record?.steps ?? []) : []
  const overridden = overridable(steps)
  if (!response || !overridden) return undefined
  const { dependency, value } = overridden
  const fake = `fake_${dependency}`
  const withoutCredentials: Exchange = {
    ...exchange,
    request: { ...request, headers: request.headers.filter(([name]) => name.toLowerCase() !== 'authorization') },
  }
  const user = pythonLines(modelCall(value), '').join('\n')
  const source = [
    context.lessonId
      ? `# Replays a Bearer Playground exchange against the main.py of the lesson "${context.lessonId}",`
      : '# Replays a Bearer Playground exchange against the lesson’s main.py,',
    `# logged in through app.dependency_overrides: ${dependency} is replaced by a function that`,
    '# returns the user it returned in the playground, so the request carries no credentials.',
    '# Save it as test_main.py beside that main.py and run pytest.',
    'import pytest',
    'from fastapi.testclient import TestClient',
    '',
    `from main import ${value.model}, app, ${dependency}`,
    '',
    ...pythonLines(
      {
        open: 'client = TestClient(',
        items: ['app', ...(response.status >= 500 ? ['raise_server_exceptions=False'] : [])],
        close: ')',
      },
      '',
    ),
    '',
    '',
    `def ${fake}():`,
    `    # What ${dependency} returned in the playground, as main.py’s ${value.model}.`,
    ...pythonLines(prefixed('return ', modelCall(value)), '    '),
    '',
    '',
    '@pytest.fixture(autouse=True)',
    'def logged_in():',
    `    app.dependency_overrides[${dependency}] = ${fake}`,
    '    yield',
    '    # The overrides stay on the app until removed: the next test starts without this one.',
    '    app.dependency_overrides.clear()',
    '',
    '',
    `def ${testName(request.method, factsOf(exchange).path, response.status)}_logged_in_by_override():`,
    ...replayLines(withoutCredentials, response, { mask: options.maskSecrets ?? false, issuedJwt: false }),
    '',
  ].join('\n')
  return { dependency, user, source }
}

/**
 * The dependency to override and the user it returned, when overriding it leaves the answer as it
 * was: it returned a model value (every time it ran, the same one) and never raised, and every
 * security scheme handed its credentials to it, so no other code read them.
 */
function overridable(steps: readonly DecisionStep[]): { dependency: string; value: ModelValue } | undefined {
  const returned = steps.find((step) => step.stage === 'dependency' && step.result === 'returned' && step.returnedAs)
  if (returned?.stage !== 'dependency' || returned.result !== 'returned' || !returned.returnedAs) return undefined
  const { name, returnedAs } = returned
  const same = JSON.stringify(returnedAs)
  for (const step of steps) {
    if (step.stage === 'security' && (step.result !== 'passed' || step.handedTo !== name)) return undefined
    if (step.stage !== 'dependency' || step.name !== name) continue
    if (step.result === 'raised') return undefined
    if (step.result === 'returned' && JSON.stringify(step.returnedAs) !== same) return undefined
  }
  return steps.some((step) => step.stage === 'security') ? { dependency: name, value: returnedAs } : undefined
}

/** `User(username="alice", roles=["admin"])`: keyword arguments, as Black lays them out. */
function modelCall(value: ModelValue) {
  return {
    open: `${value.model}(`,
    items: Object.entries(value.fields).map(([field, item]) => prefixed(`${field}=`, pythonExpression(item))),
    close: ')',
  }
}
