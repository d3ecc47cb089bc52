// Which experiments the learner has done, per lesson: experiment ids only, never credentials,
// tokens or bodies. Kept in localStorage when the browser allows it, in memory otherwise.
import type { KeyValueStore } from '../ui/safe-storage'

export const PROGRESS_KEY = 'bearer-playground:progress:v1'

export type Progress = Readonly<Record<string, readonly string[]>>

export interface ProgressStore {
  readonly getSnapshot: () => Progress
  readonly subscribe: (listener: () => void) => () => void
  /** Records an experiment as done; false when it already was. */
  readonly markDone: (lessonId: string, experimentId: string) => boolean
  readonly reset: () => void
  /** Whether progress outlives this page: false when the browser denies storage. */
  readonly persistent: boolean
}

export function createProgressStore(storage: KeyValueStore | undefined): ProgressStore {
  let progress = parseProgress(storage?.read(PROGRESS_KEY))
  // A first write tells whether storage really works (a full quota or a denied write says no).
  let persistent = storage !== undefined
  const listeners = new Set<() => void>()

  const publish = (next: Progress) => {
    progress = next
    if (Object.keys(next).length === 0) storage?.remove(PROGRESS_KEY)
    else if (storage) persistent = storage.write(PROGRESS_KEY, JSON.stringify(next))
    for (const listener of listeners) listener()
  }

  return {
    getSnapshot: () => progress,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    markDone(lessonId, experimentId) {
      const done = progress[lessonId] ?? []
      if (done.includes(experimentId)) return false
      publish({ ...progress, [lessonId]: [...done, experimentId] })
      return true
    },
    reset() {
      publish({})
    },
    get persistent() {
      return persistent
    },
  }
}

/** Whatever is stored, read defensively: another version or a hand edit must not break the page. */
export function parseProgress(text: string | undefined): Progress {
  if (text === undefined) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const progress: Record<string, string[]> = {}
  for (const [lessonId, ids] of Object.entries(value)) {
    if (Array.isArray(ids)) progress[lessonId] = ids.filter((id): id is string => typeof id === 'string')
  }
  return progress
}

/** How many of these experiments are done: stored ids of experiments that no longer exist do not count. */
export function countDone(
  experiments: readonly { readonly id: string }[],
  done: readonly string[] | undefined,
): number {
  return experiments.filter((experiment) => done?.includes(experiment.id) ?? false).length
}
