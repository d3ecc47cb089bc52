// The lesson's stand-in app for this visit: built anew for each lesson, switch, mistake and
// release, so each starts from a fresh state, with the services a real server takes from its machine,
// and reached through the page's cookie jar, which plays the browser's part (server/browser-cookies.ts).
import { useEffect, useMemo } from 'react'
import { PERSISTED_AUTHORIZATION_KEY } from '../docs/persisted-authorization'
import type { LessonClock } from '../guide/lesson-clock'
import type { LessonContent, LessonServices } from '../lessons/lesson'
import type { LessonMistake } from '../lessons/mistake'
import { withCookieJar, type BrowserCookieJar } from '../server/browser-cookies'
import type { FastApiApp } from '../server/fastapi-app'
import type { FastApiRelease } from '../server/fastapi-release'
import { createWorkerPasswordVerifier } from '../server/passwords/argon2-worker-verifier'
import { secretsTokenUrlsafe } from '../server/python-secrets'
import { localStore } from '../ui/safe-storage'
import { enabledSwitches } from './use-lesson-switches'

// One verifier for the page: its worker starts on the first login and serves every lesson after.
const passwords = createWorkerPasswordVerifier()

/**
 * What the app takes from the machine it runs on: password hashing, the (movable) clock, FastAPI's
 * release, real randomness for the ids a stateful app hands out, and the page's folder, where the
 * playground runs the third parties an app trusts.
 */
export function lessonServices(release: FastApiRelease, clock: Pick<LessonClock, 'now'>, site?: URL): LessonServices {
  return {
    passwords,
    now: clock.now,
    release,
    randomId: (nbytes) => secretsTokenUrlsafe(nbytes),
    ...(site && { site }),
  }
}

export interface LessonAppInput {
  /** The lesson's code, once loaded. */
  readonly content: LessonContent | undefined
  readonly switches: ReadonlySet<string>
  readonly mistake: LessonMistake | null
  readonly release: FastApiRelease
  readonly clock: LessonClock
  /** The visit's cookie jar (use-cookie-jar.ts): every request to the app goes through it. */
  readonly cookieJar: BrowserCookieJar
  /** The page's folder. */
  readonly base?: URL
}

export interface LessonApp {
  /** What the page mounts, behind the cookie jar; undefined while the lesson's code loads. */
  readonly app: FastApiApp | undefined
  /**
   * The same app without the jar, for replaying a real server's exchanges: the browser's own jar
   * decided what those carried.
   */
  readonly bareApp: FastApiApp | undefined
  /** FastAPI's `swagger_ui_parameters={"persistAuthorization": True}`, which one mistake turns on. */
  readonly persistAuthorization: boolean
}

export function useLessonApp({
  content,
  switches,
  mistake,
  release,
  clock,
  cookieJar,
  base,
}: LessonAppInput): LessonApp {
  const bareApp = useMemo(
    () => content?.createApp(enabledSwitches(switches, mistake), lessonServices(release, clock, base)),
    [content, switches, mistake, release, clock, base],
  )
  const app = useMemo(() => bareApp && withCookieJar(bareApp, cookieJar), [bareApp, cookieJar])
  const persistAuthorization = app?.swaggerUiParameters.persistAuthorization ?? false
  // Without persistAuthorization nothing may come back from an earlier page that had it: Swagger
  // UI then never reads the key, so it is cleared here.
  useEffect(() => {
    if (app && !persistAuthorization) localStore()?.remove(PERSISTED_AUTHORIZATION_KEY)
  }, [app, persistAuthorization])
  return { app, bareApp, persistAuthorization }
}
