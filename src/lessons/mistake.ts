// A mistake: a way the lesson's app goes wrong that FastAPI users hit again and again, switched on
// by `?mistake=<id>`. The stand-in builds the faulty app; the page shows the faulty Python as a
// diff against the lesson's main.py, the fix, and where people ran into it.
import type { Experiment } from './experiment'

/** Replaces `find`, which must occur exactly once in the lesson's main.py, with `replace`. */
export interface PythonEdit {
  readonly find: string
  readonly replace: string
}

export interface Discussion {
  readonly label: string
  readonly href: string
}

export interface LessonMistake {
  /** Stable: used in `?mistake=`; lowercase words joined by hyphens. */
  readonly id: string
  readonly title: string
  /** Markdown: what is wrong and what it looks like from Swagger UI. */
  readonly summary: string
  /** The faulty code, as edits of main.py; empty when the mistake is not in the code. */
  readonly edits: readonly PythonEdit[]
  /** Markdown: what the tutorial's code does instead. */
  readonly fix: string
  readonly discussions: readonly Discussion[]
  /**
   * Set when the faulty app answers only as today's FastAPI: `?fastapi=0.92` is then ignored, and
   * the page says so, rather than answering with shapes 0.92 never sent.
   */
  readonly currentOnly?: boolean
  /**
   * The ids of the lesson's own experiments that cannot be done while this mistake is on (a login
   * the faulty app refuses, a dialog it no longer offers): the page marks them so, and the
   * walkthroughs replay all the others with the mistake on.
   */
  readonly rulesOut: readonly string[]
  /** How to see it, and what completes it: reuses the lesson's experiment format. */
  readonly experiment: Experiment
}
