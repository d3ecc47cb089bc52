// The learner's experiments across lessons: which are done (kept in localStorage, ids only),
// ticked from the page's traffic as it happens, with a sentence for screen readers on each.
import { useEffect, useState, useSyncExternalStore } from 'react'
import { trackExperiments } from '../guide/experiment-tracker'
import { createProgressStore, type Progress, type ProgressStore } from '../guide/progress-store'
import type { TrafficStore } from '../inspector/traffic-store'
import type { Experiment } from '../lessons/experiment'
import { findLesson } from '../lessons/lesson-registry'
import { localStore } from '../ui/safe-storage'

export interface ExperimentProgress {
  readonly progress: Progress
  readonly progressStore: ProgressStore
  /** The last experiment done, as a sentence for a live region. */
  readonly announcement: string
}

export function doneAnnouncement(experiment: Pick<Experiment, 'title'>): string {
  return `Experiment done: ${experiment.title}.`
}

export function useExperimentProgress(trafficStore: TrafficStore): ExperimentProgress {
  const [progressStore] = useState(() => createProgressStore(localStore()))
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot)
  const [announcement, setAnnouncement] = useState('')
  useEffect(
    () =>
      trackExperiments(trafficStore, progressStore, findLesson, (_lessonId, experiment) => {
        setAnnouncement(doneAnnouncement(experiment))
      }),
    [trafficStore, progressStore],
  )
  return { progress, progressStore, announcement }
}
