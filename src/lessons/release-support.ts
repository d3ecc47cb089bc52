// Which lessons answer as FastAPI 0.92 when `?fastapi=0.92` asks, and why the others do not.

export type Release092Support = { readonly answers: true } | { readonly answers: false; readonly why: string }

// By lesson id; release-support.test.ts checks each names a lesson.
const STAYS_CURRENT: ReadonlyMap<string, string> = new Map([
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
    'third-party-login',
    'This lesson is not one of FastAPI 0.92’s tutorials (nor of today’s): it goes beyond them, so it ' +
      'answers as today’s FastAPI only, with PyJWT checking the identity provider’s RS256 tokens.',
  ],
])

export function release092Support(lessonId: string): Release092Support {
  const why = STAYS_CURRENT.get(lessonId)
  return why === undefined ? { answers: true } : { answers: false, why }
}
