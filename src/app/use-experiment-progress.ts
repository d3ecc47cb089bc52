// The learner's experiments across lessons: which are done (kept in localStorage, ids only),
// ticked from the page's traffic as it happens, and the newest tick, for the note that shows it.
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { ExperimentTick } from '../guide/experiment-done-note'
import { trackExperiments } from '../guide/experiment-tracker'
import { createProgressStore, type Progress, type ProgressStore } from '../guide/progress-store'
import type { TrafficStore } from '../inspector/traffic-store'
import { findLesson } from '../lessons/lesson-registry'
import { localStore } from '../ui/safe-storage'

export interface ExperimentProgress {
  readonly progress: Progress
  readonly progressStore: ProgressStore
  /** The last experiment done since the page loaded. */
  readonly latest: ExperimentTick | undefined
}

export function useExperimentProgress(trafficStore: TrafficStore): ExperimentProgress {
  const [progressStore] = useState(() => createProgressStore(localStore()))
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot)
  const [latest, setLatest] = useState<ExperimentTick | undefined>()
  useEffect(
    () =>
      trackExperiments(trafficStore, progressStore, findLesson, (lessonId, experiment) => {
        setLatest((previous) => ({
          lessonId,
          experimentId: experiment.id,
          title: experiment.title,
          count: (previous?.count ?? 0) + 1,
        }))
      }),
    [trafficStore, progressStore],
  )
  return { progress, progressStore, latest }
}
