// With a real server answering (?server=), what the traffic dock replays each exchange on: the
// lesson's stand-in as it is now, and, where the lesson can, the same lesson as FastAPI 0.92
// answered it, to name the release behind a difference.
import { useMemo } from 'react'
import type { LessonClock } from '../guide/lesson-clock'
import type { Lesson, LessonContent } from '../lessons/lesson'
import type { LessonMistake } from '../lessons/mistake'
import { release092Support } from '../lessons/release-support'
import type { StandInReplay } from '../real-server/stand-in-replay-context'
import type { FastApiApp } from '../server/fastapi-app'
import { lessonServices } from './use-lesson-app'
import { enabledSwitches } from './use-lesson-switches'

export interface StandInReplayInput {
  readonly lesson: Lesson
  readonly content: LessonContent | undefined
  /** The stand-in the page would mount: today's FastAPI, or the release the URL asked for. */
  readonly app: FastApiApp | undefined
  /** The real server's root; undefined while the stand-in itself answers, and then nothing is replayed. */
  readonly ownRoot: URL | undefined
  readonly switches: ReadonlySet<string>
  readonly mistake: LessonMistake | null
  readonly clock: Pick<LessonClock, 'now'>
}

export function standInReplay(input: StandInReplayInput): StandInReplay | undefined {
  const { lesson, content, app, ownRoot, switches, mistake, clock } = input
  if (!ownRoot) return undefined
  const olderApp = release092Support(lesson.id).answers
    ? content?.createApp(enabledSwitches(switches, mistake), lessonServices('0.92', clock))
    : undefined
  return { app, olderApp, lessonTitle: lesson.title, root: ownRoot }
}

export function useStandInReplay(input: StandInReplayInput): StandInReplay | undefined {
  const { lesson, content, app, ownRoot, switches, mistake, clock } = input
  return useMemo(
    () => standInReplay({ lesson, content, app, ownRoot, switches, mistake, clock }),
    [lesson, content, app, ownRoot, switches, mistake, clock],
  )
}
