// The "spec-exact errors" switch of lessons 3 and 5, without loading their apps: it runs the
// lesson's main_spec_exact.py, and the TestClient test of an exchange it answered imports that file.
import type { LessonSwitch } from '../lesson'
import { challengeError, either, observe, responseHeader } from '../observations'

export const SPEC_EXACT_SWITCH = 'spec-exact-errors'
export const SPEC_EXACT_FILE = 'main_spec_exact.py'

/**
 * `routes`: what the lesson's API routes change besides the token endpoint (lesson 5's RFC 6750
 * challenges), as the end of the description's sentence; absent where they answer as in main.py.
 */
export function specExactSwitch(routes?: { readonly label: string; readonly description: string }): LessonSwitch {
  return {
    id: SPEC_EXACT_SWITCH,
    label: `Spec-exact errors: answer as ${routes ? `RFC 6749 and ${routes.label} say` : 'RFC 6749 says'} (not part of the tutorial)`,
    description:
      `Runs ${SPEC_EXACT_FILE}, main.py changed so that POST /token words its errors as RFC 6749 section 5.2 ` +
      'does: 400 {"error": "invalid_grant"} for a failed login, 400 invalid_request or unsupported_grant_type ' +
      'where the tutorial answers 422, and Cache-Control: no-store on every answer' +
      `${routes ? `; ${routes.description}` : ''}. Ticked, the diff of main.py shows the change.`,
    inMainPy: {
      kind: 'changed-file',
      file: SPEC_EXACT_FILE,
      // Every answer of its token endpoint carries no-store, and its routes' challenges an error
      // code: main.py sends neither. Any other answer, main.py gives alike.
      shownBy: either(observe(responseHeader('cache-control', 'no-store')), observe(challengeError())),
    },
  }
}
