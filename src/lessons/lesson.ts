// What a lesson is: one FastAPI tutorial app, rebuilt from route declarations, plus its story.
import type { FastApiApp } from '../server/fastapi-app'
import type { FastApiRelease } from '../server/fastapi-release'
import type { PasswordVerifier } from '../server/passwords/password-verifier'
import type { JsonValue } from '../server/json'
import type { Experiment, Observation } from './experiment'
import type { LessonMistake } from './mistake'

/** An optional addition to the tutorial's app, off on every fresh page load. */
export interface LessonSwitch {
  readonly id: string
  readonly label: string
  readonly description: string
  /** What the traffic panel's TestClient test, run on main.py (which has no switches), makes of it. */
  readonly inMainPy: SwitchInMainPy
}

/**
 * main.py is the tutorial's app, without the switch. `shownBy` picks the exchanges whose answer
 * shows the switch at work; for any other exchange main.py answers as the stand-in did.
 */
export type SwitchInMainPy =
  | {
      /** The switch adds a route main.py does not have: such an exchange gets no test, and the copy says why. */
      readonly kind: 'route-not-in-main-py'
      readonly shownBy: Observation
    }
  | {
      /** The switch adds an entry to a dict of main.py: the test adds it too, with monkeypatch.setitem. */
      readonly kind: 'dict-entry'
      readonly shownBy: Observation
      /** The dict's name in main.py, e.g. `fake_users_db`. */
      readonly dict: string
      readonly key: string
      readonly value: JsonValue
    }
  | {
      /**
       * The switch runs the lesson's app as changed in another file of its folder: the test of such
       * an exchange imports that file's app, and the page shows the file as a diff of main.py.
       */
      readonly kind: 'changed-file'
      readonly shownBy: Observation
      /** The file's name beside main.py, e.g. `main_spec_exact.py`; its source is in LessonContent. */
      readonly file: string
    }

/**
 * What main.py takes from outside itself, as the playground had it, for the TestClient tests the
 * traffic panel copies: settings it reads from its environment when imported, and what it fetches
 * from a third party (an identity provider's keys), which the test hands it instead.
 */
export interface MainPySetup {
  /** `os.environ[name] = value`, set before main.py is imported; `site` is the playground's folder. */
  readonly environment: (site: URL) => Readonly<Record<string, string>>
  /** `monkeypatch.setattr(main.<object>, "<method>", lambda: <name>)`, with `<name> = <value>`. */
  readonly fetched: {
    readonly object: string
    readonly method: string
    /** The test's constant that holds what the stand-in served. */
    readonly name: string
    readonly value: JsonValue
    /** One line on what main.py would fetch, and from where. */
    readonly what: string
  }
}

/** What the playground hands a lesson's app: things a real server would take from its machine. */
export interface LessonServices {
  readonly passwords: PasswordVerifier
  /** The current time in milliseconds since the epoch (`Date.now` outside tests). */
  readonly now: () => number
  /** The FastAPI release installed on that machine; `?fastapi=0.92` asks for the older one. */
  readonly release: FastApiRelease
  /**
   * Python's `secrets.token_urlsafe(nbytes)`: the operating system's randomness as base64url text,
   * for ids a stateful app hands out (refresh tokens, a JWT's jti). The page draws real random
   * bytes; a test passes a fixed sequence that the real server is given too. Only stateful
   * lessons call it, and they fall back to real randomness where it is not given.
   */
  readonly randomId?: (nbytes: number) => string
  /**
   * The playground's folder on the page's origin, with a trailing slash: where it runs the third
   * parties an app trusts (an identity provider). `http://testserver/` when not given.
   */
  readonly site?: URL
}

/** What a lesson brings when opened: loaded lazily, so the shell paints without every app. */
export interface LessonContent {
  /** The lesson's text in Markdown: what this step adds and why (the experiments are data). */
  readonly story: string
  /** The Python source of the equivalent FastAPI app, as we teach it; runnable with FastAPI. */
  readonly pythonSource: string
  /**
   * The same app with plain defaults instead of `Annotated` (`token: str = Depends(oauth2_scheme)`),
   * the form of FastAPI's docs before 0.95, which older FastAPI needs (main_depends.py).
   */
  readonly pythonSourceWithoutAnnotated: string
  /**
   * A pytest module to save beside main.py, shown under "Take it home" (test_main.py in the lesson's
   * folder, which a unit test runs on today's FastAPI).
   */
  readonly takeHomeTest?: { readonly fileName: string; readonly source: string }
  /** The Python files that switches run instead of main.py (`changed-file`), by file name. */
  readonly changedFiles?: Readonly<Record<string, string>>
  /** The enabled set holds the lesson's switches and, when `?mistake=` names one, that mistake's id. */
  createApp(enabledSwitches: ReadonlySet<string>, services: LessonServices): FastApiApp
}

export interface Lesson {
  /** The lesson's folder and its `?lesson=` value, after the page of FastAPI's docs: `first-steps`. */
  readonly id: string
  readonly title: string
  /** FastAPI's source file for this app, e.g. `docs_src/security/tutorial001_an_py310.py`. */
  readonly tutorialFile: string
  /** FastAPI's documentation page that teaches this app. */
  readonly fastapiPage: string
  /** What to install to run `main.py` on your own machine. */
  readonly install: string
  readonly switches: readonly LessonSwitch[]
  /** What to try, in order; the page ticks each one when the learner's traffic shows it. */
  readonly experiments: readonly Experiment[]
  /** Ways the app goes wrong, each switched on by `?mistake=<id>`; off on every fresh load. */
  readonly mistakes: readonly LessonMistake[]
  /** Whether the lesson shows the lesson clock: its tokens expire, and time can be moved forward. */
  readonly clock?: boolean
  /** What main.py reads from its environment and fetches from a third party, for the copied tests. */
  readonly mainPySetup?: MainPySetup
  load(): Promise<LessonContent>
}
