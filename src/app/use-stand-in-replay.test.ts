import { describe, expect, it } from 'vitest'
import type { LessonContent, LessonServices } from '../lessons/lesson'
import { findLesson } from '../lessons/lesson-registry'
import { createFastApiApp } from '../server/fastapi-app'
import { lessonFromSearch } from './lesson-location'
import { standInReplay, type StandInReplayInput } from './use-stand-in-replay'

/** A lesson's code that builds an empty app and records what each app was built with. */
function recordingContent() {
  const built: { enabled: string[]; services: LessonServices }[] = []
  const content: LessonContent = {
    story: '',
    pythonSource: '',
    pythonSourceWithoutAnnotated: '',
    createApp(enabled, services) {
      built.push({ enabled: [...enabled], services })
      return createFastApiApp([], { release: services.release })
    },
  }
  return { content, built }
}

function input(lessonId: string, overrides: Partial<StandInReplayInput> = {}): StandInReplayInput {
  const lesson = findLesson(lessonId)
  if (!lesson) throw new Error(`no lesson ${lessonId}`)
  return {
    lesson,
    content: undefined,
    app: createFastApiApp([]),
    ownRoot: new URL('http://127.0.0.1:8000/'),
    switches: new Set(),
    mistake: null,
    clock: { now: () => 1_700_000_000_000 },
    ...overrides,
  }
}

describe('what the traffic dock replays a real server’s exchanges on', () => {
  it('is nothing while the stand-in itself answers', () => {
    const { content, built } = recordingContent()
    expect(standInReplay(input('simple-oauth2', { content, ownRoot: undefined }))).toBeUndefined()
    expect(built).toEqual([])
  })

  it('is the page’s stand-in, plus the same lesson as FastAPI 0.92 with the same switches and mistake', () => {
    const { content, built } = recordingContent()
    const { mistake } = lessonFromSearch('?lesson=simple-oauth2&mistake=json-login')
    const given = input('simple-oauth2', { content, mistake, switches: new Set(['one']) })
    const replay = standInReplay(given)
    expect(replay?.app).toBe(given.app)
    expect(replay?.root.href).toBe('http://127.0.0.1:8000/')
    expect(replay?.lessonTitle).toBe(given.lesson.title)
    expect(replay?.olderApp?.release).toBe('0.92')
    expect(built.map(({ enabled, services }) => [enabled, services.release, services.now()])).toEqual([
      [['one', 'json-login'], '0.92', 1_700_000_000_000],
    ])
  })

  it('has no FastAPI 0.92 app for a lesson that stays on today’s FastAPI, nor before the lesson’s code loads', () => {
    const { content, built } = recordingContent()
    expect(standInReplay(input('oauth2-jwt', { content }))?.olderApp).toBeUndefined()
    expect(built).toEqual([])
    expect(standInReplay(input('simple-oauth2'))?.olderApp).toBeUndefined()
  })
})
