// The stand-in against today's FastAPI (the release pinned in src/testing/current-fastapi/): each
// lesson's own main.py, unchanged, runs under `python -m fastapi run main.py` (the JWT lessons with
// the clock frozen at the instant the stand-in is given), and gets the same generated requests, and
// those its experiments make, over real HTTP. So does each file a switch runs instead of main.py
// (main_spec_exact.py), against the stand-in with that switch on. Status, body and headers must agree byte for byte; the
// only requests not sent are listed, with the reason, in transport-facts.ts. Without the virtualenv
// this fails and says why; it never skips.
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, it } from 'vitest'
import type { OracleAnswer, OracleRequest } from '../testing/fastapi-092-oracle'
import { comparable, describeRequest, standInAnswers } from '../testing/fastapi-092-lessons'
import { FROZEN_AT, LESSON_PLANS, type LessonPlan } from '../testing/current-fastapi/current-fastapi-lessons'
import { startLessonServer, type LessonServer } from '../testing/current-fastapi/lesson-server'
import { currentFastApiPython, pinnedFastApiVersion } from '../testing/current-fastapi/python'
import { createHttpSender } from '../testing/current-fastapi/send-over-http'
import { transportFactFor } from '../testing/current-fastapi/transport-facts'

/** Fewer requests than this for a lesson means the generators or the experiments lost some. */
const MINIMUM_REQUESTS = 150

const servers = new Map<string, Promise<LessonServer>>()
/** One line per lesson, printed together at the end: concurrent tests would interleave their output. */
const report = new Map<string, string>()

/** The lesson's one server, started by whichever of its tests comes first (the tests run side by side). */
function serverOf(plan: LessonPlan): Promise<LessonServer> {
  let server = servers.get(plan.id)
  if (!server) {
    server = plan.serverEnvironment().then((environment) =>
      startLessonServer(fileURLToPath(plan.mainPy), {
        ...(plan.frozen ? { frozenAt: FROZEN_AT } : {}),
        ...(plan.stateful ? { seededRandomIds: true } : {}),
        environment,
      }),
    )
    servers.set(plan.id, server)
  }
  return server
}

beforeAll(() => {
  // Throws with what went wrong (no python3 -m venv, no PyPI, another FastAPI) before any server starts.
  currentFastApiPython()
})

afterAll(async () => {
  const lines = LESSON_PLANS.flatMap(({ id }) => report.get(id) ?? [])
  console.info(`Against FastAPI ${pinnedFastApiVersion()}:\n${lines.join('\n')}`)
  await Promise.all(
    [...servers.values()].map((server) =>
      server.then(
        (running) => running.stop(),
        () => undefined,
      ),
    ),
  )
})

async function realAnswers(server: LessonServer, requests: readonly OracleRequest[]): Promise<OracleAnswer[]> {
  const sender = createHttpSender(server.origin)
  try {
    const answers: OracleAnswer[] = []
    for (const request of requests) answers.push(await sender.send(request))
    return answers
  } finally {
    sender.close()
  }
}

// The lessons run side by side: while one Python server hashes a password, the stand-in or another
// server can work on the other core.
describe(`each lesson's main.py on FastAPI ${pinnedFastApiVersion()} agrees with the stand-in`, () => {
  it.concurrent.for(LESSON_PLANS)(
    '$id: every request gets the same answer over HTTP',
    { timeout: 120_000 },
    async (plan, { expect }) => {
      const app = await plan.createApp()
      const { requests: planned, replayed, skipped } = await plan.buildRequests(app)
      const notSent = new Map<string, number>()
      const requests = planned.filter((request) => {
        const fact = transportFactFor(request)
        if (fact) notSent.set(fact.id, (notSent.get(fact.id) ?? 0) + 1)
        return !fact
      })
      const server = await serverOf(plan)
      // A stateful app answers by what came before: these requests go to a stand-in that has seen
      // none yet, as the server has not (the other test sends it only requests that change nothing).
      const answering = plan.stateful ? await plan.createApp() : app
      const [expected, actual] = await Promise.all([realAnswers(server, requests), standInAnswers(answering, requests)])
      const differences = requests.flatMap((request, index) => {
        const fastapi = comparable(expected[index])
        const standIn = comparable(actual[index])
        return JSON.stringify(fastapi) === JSON.stringify(standIn)
          ? []
          : [{ request: describeRequest(request), fastapi, standIn }]
      })
      report.set(
        plan.id,
        `${plan.id}: ${requests.length} requests sent, ${differences.length} differences; ` +
          `not sent: ${[...notSent].map(([id, count]) => `${count} (${id})`).join(', ') || 'none'}; ` +
          `experiments replayed: ${replayed.length} of ${plan.lesson.experiments.length}` +
          skipped.map(({ id, why }) => `; not ${id} (${why})`).join(''),
      )
      expect(requests.length).toBeGreaterThan(MINIMUM_REQUESTS)
      expect(replayed.length).toBeGreaterThan(0)
      expect(differences, `the server's warnings and tracebacks:\n${serverTrouble(server)}`).toEqual([])
    },
  )

  it.concurrent.for(LESSON_PLANS)(
    '$id: `fastapi run` of its file serves the stand-in’s OpenAPI document and a 401',
    { timeout: 120_000 },
    async (plan, { expect }) => {
      const server = await serverOf(plan)
      const sender = createHttpSender(server.origin)
      try {
        const request = { method: 'GET', path: '/openapi.json' }
        const [standIn] = await standInAnswers(await plan.createApp(), [request])
        const document = await sender.send(request)
        expect(document.status).toBe(200)
        expect(document.body).toBe(standIn?.body)
        const unauthorized = await sender.send({ method: 'GET', path: plan.protectedPath })
        expect(unauthorized.status).toBe(401)
      } finally {
        sender.close()
      }
    },
  )
})

/** What the server printed besides its banner and access log: tracebacks, warnings. */
function serverTrouble(server: LessonServer): string {
  const lines = server.output().split('\n')
  const start = lines.findIndex((line) => line.includes('Uvicorn running on'))
  return (
    lines
      .slice(start + 1)
      .filter((line) => !/^INFO: {5}\d/.test(line))
      .join('\n')
      .slice(-3000)
      .trim() || '(none)'
  )
}
