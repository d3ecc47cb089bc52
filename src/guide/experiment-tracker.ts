// Ticks experiments off as the learner's own traffic meets their observations.
import type { TrafficStore } from '../inspector/traffic-store'
import type { Exchange } from '../inspector/exchange'
import type { Experiment } from '../lessons/experiment'
import type { LessonMistake } from '../lessons/mistake'
import { observedExchange } from '../inspector/observed-exchange'
import type { ProgressStore } from './progress-store'

export interface TrackedLesson {
  readonly id: string
  readonly experiments: readonly Experiment[]
  readonly mistakes: readonly Pick<LessonMistake, 'id' | 'experiment'>[]
}

/**
 * Checks each answered exchange against the experiments of the lesson it was sent in (and of
 * the mistake switched on then), and
 * calls `onDone` for each experiment it completes for the first time. Returns the unsubscriber.
 */
export function trackExperiments(
  traffic: Pick<TrafficStore, 'onAnswered' | 'getSnapshot'>,
  progress: ProgressStore,
  lessonFor: (lessonId: string) => TrackedLesson | undefined,
  onDone: (lessonId: string, experiment: Experiment) => void = () => undefined,
): () => void {
  return traffic.onAnswered((exchange: Exchange) => {
    const lesson = lessonFor(exchange.context.lessonId)
    if (!lesson) return
    const done = progress.getSnapshot()[lesson.id] ?? []
    // A mistake's experiment counts only while that mistake is switched on.
    const mistake = lesson.mistakes.find((candidate) => candidate.id === exchange.context.mistakeId)
    const experiments = mistake ? [...lesson.experiments, mistake.experiment] : lesson.experiments
    const pending = experiments.filter((experiment) => !done.includes(experiment.id))
    if (pending.length === 0) return
    const observed = observedExchange(exchange, traffic.getSnapshot().exchanges)
    if (!observed) return
    for (const experiment of pending) {
      if (experiment.observation.test(observed) && progress.markDone(lesson.id, experiment.id)) {
        onDone(lesson.id, experiment)
      }
    }
  })
}
