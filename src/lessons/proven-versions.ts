// The releases the test suite runs the lessons' main.py on, named under each lesson's "Take it home".
// src/testing/current-fastapi/requirements.txt pins them for the tests; production code may not read
// that file, so they are copied here, and proven-versions.test.ts fails when the two disagree.

export interface ProvenRelease {
  /** As the lessons' `pip install` lines and requirements.txt spell it, extras included. */
  readonly requirement: string
  /** The package's name as its own docs write it. */
  readonly name: string
  readonly version: string
}

export const PROVEN_RELEASES: readonly ProvenRelease[] = [
  { requirement: 'fastapi[standard]', name: 'FastAPI', version: '0.165.0' },
  { requirement: 'pyjwt', name: 'PyJWT', version: '2.15.1' },
  // The same PyJWT with its crypto extra, which pulls in cryptography for RS256.
  { requirement: 'pyjwt[crypto]', name: 'PyJWT', version: '2.15.1' },
  { requirement: 'pwdlib[argon2]', name: 'pwdlib', version: '0.4.2' },
  // For a lesson that hands out a test module: the suite runs it with this pytest.
  { requirement: 'pytest', name: 'pytest', version: '9.2.0' },
]

/** What a `pip install` line names, quotes removed: `pip install "fastapi[standard]" pyjwt` gives both. */
export function installedRequirements(install: string): string[] {
  const [pip, command, ...requirements] = install.trim().split(/\s+/)
  if (pip !== 'pip' || command !== 'install') return []
  return requirements.map((requirement) => requirement.replace(/^"(.*)"$/, '$1'))
}

/** The proven releases of what a lesson's `pip install` line installs, in that line's order. */
export function provenReleasesFor(install: string): ProvenRelease[] {
  return installedRequirements(install).flatMap((requirement) =>
    PROVEN_RELEASES.filter((release) => release.requirement === requirement),
  )
}

/** "FastAPI 0.165.0, PyJWT 2.15.1 and pwdlib 0.4.2". */
export function provenReleasesText(releases: readonly ProvenRelease[]): string {
  const named = releases.map((release) => `${release.name} ${release.version}`)
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`
}
