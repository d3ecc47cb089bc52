import { describe, expect, it } from 'vitest'
import { send, TEST_CONTEXT } from '../testing/test-exchange'
import { createTrafficStore } from '../inspector/traffic-store'
import type { Exchange } from '../inspector/exchange'
import type { Experiment } from '../lessons/experiment'
import { experiments } from '../lessons/first-steps/experiments'
import { createFirstStepsApp } from '../lessons/first-steps/first-steps-app'
import { trackExperiments } from './experiment-tracker'
import { createProgressStore } from './progress-store'

const app = createFirstStepsApp(new Set())
/** Lesson one, with a made-up mistake whose experiment is any 401 on /items/. */
const mistake = {
  id: 'made-up-mistake',
  experiment: { ...experiments[0], id: 'made-up-mistake' } as Experiment,
}
const lessonFor = (id: string) => (id === 'first-steps' ? { id, experiments, mistakes: [mistake] } : undefined)

/** A store recording in lesson one, as the panel sets it up. */
function trafficStore(context = TEST_CONTEXT) {
  const store = createTrafficStore({ schedule: () => () => undefined })
  store.setContext(context)
  return store
}

/** Feeds an exchange to the store as the mock's events would, answer first or request first. */
function replay(store: ReturnType<typeof createTrafficStore>, exchange: Exchange, answerFirst = false): void {
  const { request, response } = exchange
  if (!response) throw new Error('no answer')
  const events = answerFirst ? [response, request] : [request, response]
  for (const event of events) store.record(event)
}

describe('trackExperiments', () => {
  it('ticks an experiment once, when the learner’s own exchange meets it', async () => {
    const store = trafficStore()
    const progress = createProgressStore(undefined)
    const done: string[] = []
    trackExperiments(store, progress, lessonFor, (_lesson, experiment) => done.push(experiment.id))

    replay(store, await send(app, 'GET', '/items/'))
    replay(store, await send(app, 'GET', '/items/'), true)
    expect(done).toEqual(['no-token'])
    expect(progress.getSnapshot()).toEqual({ 'first-steps': ['no-token'] })
  })

  it('only counts exchanges toward the lesson they were sent in', async () => {
    const store = trafficStore({ ...TEST_CONTEXT, lessonId: 'get-current-user' })
    const progress = createProgressStore(undefined)
    trackExperiments(store, progress, lessonFor)
    replay(store, await send(app, 'GET', '/items/'))
    expect(progress.getSnapshot()).toEqual({})
  })

  it('counts a mistake’s experiment only while that mistake is switched on', async () => {
    const progress = createProgressStore(undefined)
    const off = trafficStore()
    trackExperiments(off, progress, lessonFor)
    replay(off, await send(app, 'GET', '/items/'))
    expect(progress.getSnapshot()).toEqual({ 'first-steps': ['no-token'] })

    const on = trafficStore({ ...TEST_CONTEXT, mistakeId: 'made-up-mistake' })
    trackExperiments(on, progress, lessonFor)
    replay(on, await send(app, 'GET', '/items/'))
    expect(progress.getSnapshot()).toEqual({ 'first-steps': ['no-token', 'made-up-mistake'] })
  })

  it('stops when unsubscribed', async () => {
    const store = trafficStore()
    const progress = createProgressStore(undefined)
    trackExperiments(store, progress, lessonFor)()
    replay(store, await send(app, 'GET', '/items/'))
    expect(progress.getSnapshot()).toEqual({})
  })
})
