// Which lessons answer as FastAPI 0.92 when `?fastapi=0.92` asks, and why the others do not.
import type { FastApiRelease } from '../server/fastapi-release'
import type { LessonSwitch } from './lesson'

export type Release092Support = { readonly answers: true } | { readonly answers: false; readonly why: string }

// By lesson id; release-support.test.ts checks each names a lesson.
const STAYS_CURRENT: ReadonlyMap<string, string> = new Map([
  [
    'cookie-auth',
    'This lesson is not in FastAPI 0.92’s docs: it keeps the JWT lesson’s token in a cookie, with PyJWT and ' +
      'pwdlib’s Argon2, and APIKeyCookie answers a missing cookie with today’s 401, where 0.92 answered 403.',
  ],
  [
    'oauth2-jwt',
    'In FastAPI 0.92’s docs this tutorial signed its tokens with python-jose and hashed passwords with ' +
      'passlib’s bcrypt. The playground has neither, so this lesson answers as today’s FastAPI, with PyJWT and ' +
      'pwdlib’s Argon2.',
  ],
  [
    'oauth2-scopes',
    'In FastAPI 0.92’s docs this tutorial signed its tokens with python-jose, hashed passwords with passlib’s ' +
      'bcrypt and put a "scopes" list in the token where today’s has a "scope" string. The playground has ' +
      'neither library, so this lesson answers as today’s FastAPI, with PyJWT and pwdlib’s Argon2.',
  ],
  [
    'optional-auth',
    'This lesson is not in FastAPI 0.92’s docs, and its security classes answered differently then (a missing ' +
      'API key was a 403 without a challenge), so it answers as today’s FastAPI.',
  ],
  [
    'router-dependencies',
    'This lesson goes beyond the security tutorial of FastAPI 0.92’s docs, and its JWT login needs PyJWT and ' +
      'pwdlib’s Argon2 as lessons 4 and 5 do, so it answers as today’s FastAPI.',
  ],
  [
    'refresh-and-logout',
    'FastAPI 0.92’s docs have no such app: refresh tokens and logout are beyond its tutorial, so this lesson ' +
      'answers as today’s FastAPI, with PyJWT and pwdlib’s Argon2 like the JWT lesson it builds on.',
  ],
  [
    'third-party-login',
    'This lesson is not in FastAPI 0.92’s docs (nor in today’s tutorial): it goes beyond them, so it ' +
      'answers as today’s FastAPI only, with PyJWT checking the identity provider’s RS256 tokens.',
  ],
])

export function release092Support(lessonId: string): Release092Support {
  const why = STAYS_CURRENT.get(lessonId)
  return why === undefined ? { answers: true } : { answers: false, why }
}

/**
 * Why a lesson's switch cannot be ticked while the page answers as `release`, or undefined when it
 * can: a switch that runs another file (main_spec_exact.py) runs code written for today's FastAPI.
 */
export function switchUnavailable(
  lessonId: string,
  lessonSwitch: LessonSwitch,
  release: FastApiRelease,
): string | undefined {
  if (release === 'current' || !release092Support(lessonId).answers) return undefined
  if (lessonSwitch.inMainPy.kind !== 'changed-file') return undefined
  return (
    `${lessonSwitch.inMainPy.file} is written for today’s FastAPI (FastAPI 0.92 reads no Annotated ` +
    'dependencies), so this switch stays off while the stand-in answers as FastAPI 0.92.'
  )
}
