// The lesson's switches ("what if the app did this instead?"): all off on every visit, toggled by
// the learner; with the mistake a link switched on, they make the set the app is built with.
import { useState } from 'react'
import type { LessonMistake } from '../lessons/mistake'
import type { LessonLocation } from './lesson-location'

export const NO_SWITCHES: ReadonlySet<string> = new Set()

export interface LessonSwitches {
  /** The switches turned on in this visit. */
  readonly switches: ReadonlySet<string>
  readonly toggle: (id: string, on: boolean) => void
}

/** The switches with one turned on or off; the set given is left as it was. */
export function withSwitch(switches: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(switches)
  if (on) next.add(id)
  else next.delete(id)
  return next
}

/** What the lesson's app is built with: the switches, and the mistake's id when one is on. */
export function enabledSwitches(switches: ReadonlySet<string>, mistake: LessonMistake | null): ReadonlySet<string> {
  return mistake ? new Set([...switches, mistake.id]) : switches
}

export interface VisitSwitches {
  readonly visit: LessonLocation
  readonly switches: ReadonlySet<string>
}

/** The switches of `visit`: those of an earlier visit are dropped, not carried over. */
export function switchesOf(toggled: VisitSwitches, visit: LessonLocation): ReadonlySet<string> {
  return toggled.visit === visit ? toggled.switches : NO_SWITCHES
}

export function useLessonSwitches(visit: LessonLocation): LessonSwitches {
  // Kept with the visit they were toggled in, so that a new visit starts with none, in the same render.
  const [toggled, setToggled] = useState<VisitSwitches>({ visit, switches: NO_SWITCHES })
  return {
    switches: switchesOf(toggled, visit),
    toggle(id, on) {
      setToggled((current) => ({ visit, switches: withSwitch(switchesOf(current, visit), id, on) }))
    },
  }
}
