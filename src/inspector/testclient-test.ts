// "Copy as a TestClient test": the exchange as a pytest module that replays the request against
// the lesson's main.py with FastAPI's TestClient and asserts what the playground answered, so the
// learner can check that the stand-in and the real app agree. main.py is set up as the playground
// was: a lesson switch's addition, and the stand-in's clock where a JWT was judged.
import type { LessonSwitch, MainPySetup } from '../lessons/lesson'
import type { CurlOptions } from './curl'
import { factsOf } from './exchange-facts'
import { decodeJwt, type DecodedJwt } from './jwt'
import { observedExchange } from './observed-exchange'
import { pythonExpression, pythonLines, pythonString } from './python-literal'
import { TEST_SERVER, replayLines } from './testclient-request'
import { environmentLines, fetchedConstantLines, fetchedPatchLines } from './testclient-setup'
import type { Exchange } from './exchange'
import { jwtInJarCookie, setCookieAssertions } from './testclient-cookies'

export interface TestClientTestOptions extends CurlOptions {
  /** The lesson's switches: each says what a test of main.py makes of an exchange it changed. */
  readonly switches?: readonly LessonSwitch[]
  /** What the lesson's main.py reads from its environment and fetches from a third party. */
  readonly mainPySetup?: MainPySetup
}

export type TestClientCopy =
  /** `file`: the lesson's Python file the test runs against, main.py unless a switch changed it. */
  | { readonly kind: 'test'; readonly source: string; readonly file: string }
  /** main.py cannot answer as the playground did (a switch added the route): no test, and why. */
  | { readonly kind: 'no-test'; readonly reason: string }

/** The test, or why there is none; undefined while the exchange has no response (pending or failed). */
export function buildTestClientTest(
  exchange: Exchange,
  options: TestClientTestOptions = {},
): TestClientCopy | undefined {
  const { request, response, context } = exchange
  const observed = observedExchange(exchange)
  if (!response || !observed) return undefined
  const atWork = (options.switches ?? []).filter((lessonSwitch) => lessonSwitch.inMainPy.shownBy.test(observed))
  if (response.record?.steps.some((step) => step.stage === 'identity-provider')) {
    return {
      kind: 'no-test',
      reason:
        'No test for this exchange: the playground’s stand-in identity provider answered it, a third party’s ' +
        'server that main.py does not contain. main.py only checks the tokens the provider signs.',
    }
  }
  const addedRoute = atWork.find((lessonSwitch) => lessonSwitch.inMainPy.kind === 'route-not-in-main-py')
  if (addedRoute) {
    return {
      kind: 'no-test',
      reason:
        `No test for this exchange: the playground’s switch “${addedRoute.label}” answered it, with a route ` +
        'that main.py does not have.',
    }
  }
  // A switch that changed main.py into another file: the test imports that file's app instead.
  const changed = atWork.flatMap(({ label, inMainPy }) =>
    inMainPy.kind === 'changed-file' ? [{ label, file: inMainPy.file }] : [],
  )[0]
  const file = changed?.file ?? 'main.py'
  const module = file.replace(/\.py$/, '')
  const facts = factsOf(exchange)
  // A JWT in the Authorization header, or in a cookie the playground's jar sent.
  const carried = decodedJwt(facts.carriedToken) ?? decodedJwt(jwtInJarCookie(exchange))
  // What a stateful app's memory held that the answer read (a refresh token on record, a revoked
  // jti): the test puts it back, as it was then.
  const remembered = response.record?.remembered ?? []
  // A JWT, like a remembered expiry, is judged against the clock: the test stops main.py's clock
  // where the stand-in's was.
  const answeredAt = carried || remembered.length > 0 ? exchange.standInTime : undefined
  const issuedJwt = decodedJwt(facts.issuedToken) !== undefined
  const entries = [
    ...atWork.flatMap(({ label, inMainPy }) =>
      inMainPy.kind === 'dict-entry' ? [{ why: `As the playground’s switch “${label}” did:`, ...inMainPy }] : [],
    ),
    ...remembered.map((entry) => ({ why: `What ${file} remembered when the playground answered:`, ...entry })),
  ]
  // FastAPI writes its root_path into the document's servers; nothing else here depends on it.
  const rootPath = facts.isDocument ? new URL(context.apiRoot || TEST_SERVER).pathname.replace(/\/$/, '') : ''
  // main.py's settings from outside it, as the playground had them (the identity provider's issuer).
  const setup =
    options.mainPySetup && context.site ? { ...options.mainPySetup, site: new URL(context.site) } : undefined
  const patchFetch = setup !== undefined && facts.authorization !== undefined
  const mainImports = setup
    ? [`import ${module}  # noqa: E402`, `from ${module} import app  # noqa: E402`]
    : [entries.length > 0 ? `import ${module}` : '', `from ${module} import app`]
  const clientArgs = [
    'app',
    ...(rootPath ? [`root_path=${pythonString(rootPath)}`] : []),
    // FastAPI's TestClient re-raises the app's exceptions; a 500 is the answer under test here.
    ...(response.status >= 500 ? ['raise_server_exceptions=False'] : []),
  ]
  const source = [
    `${
      context.lessonId
        ? `# Replays a Bearer Playground exchange against the ${file} of the lesson "${context.lessonId}"`
        : `# Replays a Bearer Playground exchange against the lesson’s ${file}`
    }${changed ? ',' : ':'}`,
    ...(changed ? [`# main.py as the playground’s switch “${changed.label}” changes it:`] : []),
    `# save it as test_${module}.py beside that ${file} and run pytest.`,
    ...(answeredAt === undefined ? [] : ['# It stops the clock with time-machine: pip install time-machine']),
    ...importLines([
      [
        setup ? 'import os' : '',
        setCookieAssertions(exchange, '').usesRe ? 'import re' : '',
        answeredAt === undefined ? '' : 'from datetime import datetime',
        issuedJwt ? 'from unittest.mock import ANY' : '',
      ],
      [answeredAt === undefined ? '' : 'import time_machine', 'from fastapi.testclient import TestClient'],
      ...(setup ? [] : [mainImports]),
    ]),
    ...(setup ? [...environmentLines(setup, setup.site), '', ...mainImports, ...fetchedConstantLines(setup)] : []),
    '',
    ...(rootPath
      ? [`# The playground serves the app below ${rootPath}, as FastAPI behind a proxy with that root_path.`]
      : []),
    ...pythonLines({ open: 'client = TestClient(', items: clientArgs, close: ')' }, ''),
    ...(answeredAt === undefined
      ? []
      : [
          '',
          '# When the playground answered, by the stand-in’s clock (and the lesson clock, if you moved it):',
          carried
            ? '# time_machine stops the app’s clock there, so the JWT is judged as it was then, any day.'
            : '# time_machine stops the app’s clock there, so what it remembered is judged as it was then.',
          `ANSWERED_AT = datetime.fromisoformat(${pythonString(isoTime(answeredAt))})`,
        ]),
    '',
    '',
    ...(answeredAt === undefined ? [] : ['@time_machine.travel(ANSWERED_AT, tick=False)']),
    `def ${testName(request.method, facts.path, response.status)}(${entries.length > 0 || patchFetch ? 'monkeypatch' : ''}):`,
    ...(setup && patchFetch ? fetchedPatchLines(setup) : []),
    ...entries.flatMap(({ why, dict, key, value }) => [
      `    # ${why}`,
      `    # ${file}’s ${dict} gets this entry, for this test only.`,
      ...pythonLines(
        {
          open: 'monkeypatch.setitem(',
          items: [`${module}.${dict}`, pythonString(key), pythonExpression(value)],
          close: ')',
        },
        '    ',
      ),
    ]),
    ...jwtNote(carried, answeredAt),
    ...replayLines(exchange, response, { mask: options.maskSecrets ?? false, issuedJwt }),
    '',
  ].join('\n')
  return { kind: 'test', source, file }
}

/** `test_<method>_<path>_answers_<status>`, in snake_case; the query string is left out. */
export function testName(method: string, path: string, status: number): string {
  const pathPart = snake(path.replace(/[?#].*$/, '')) || 'root'
  return `test_${snake(method) || 'request'}_${pathPart}_answers_${status}`
}

function snake(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** isort's groups, standard library first, each sorted, with a blank line between non-empty ones. */
function importLines(groups: readonly (readonly string[])[]): string[] {
  return groups
    .map((group) => group.filter((line) => line !== ''))
    .filter((group) => group.length > 0)
    .flatMap((group, index) => [...(index > 0 ? [''] : []), ...group])
}

/** Only a token whose header and payload decode is a JWT here: two dots alone do not make one. */
function decodedJwt(token: string | undefined): DecodedJwt | undefined {
  if (token === undefined) return undefined
  const reading = decodeJwt(token)
  return reading.ok ? reading.jwt : undefined
}

function jwtNote(jwt: DecodedJwt | undefined, answeredAt: number | undefined): string[] {
  const exp = jwt?.payload.exp
  if (typeof exp !== 'number') return []
  const when = utcTime(exp)
  if (when === undefined) return []
  if (answeredAt !== undefined) {
    // PyJWT's rule, in whole seconds: expired once exp <= now.
    const passed = exp <= Math.floor(answeredAt / 1000)
    return [`    # The JWT’s exp claim says ${when}: at ANSWERED_AT it had ${passed ? 'passed' : 'not passed yet'}.`]
  }
  return [
    `    # This JWT expires at ${when} (its exp claim). Once it has, an app that verifies it`,
    '    # answers 401 and this test fails: log in again and paste the fresh token here.',
  ]
}

function utcTime(unixSeconds: number): string | undefined {
  const date = new Date(unixSeconds * 1000)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z')
}

/** An ISO 8601 time that Python 3.10's datetime.fromisoformat reads (it does not read "Z"). */
function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '+00:00')
}
