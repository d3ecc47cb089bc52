import { describe, expect, it } from 'vitest'
import { pinnedRequirements, REQUIREMENTS_FILE } from '../testing/current-fastapi/python'
import { lessons } from './lesson-registry'
import { installedRequirements, PROVEN_RELEASES, provenReleasesFor, provenReleasesText } from './proven-versions'

describe('the versions each lesson says it is tested with', () => {
  it('are the ones requirements.txt pins for the test suite', () => {
    const pinned = pinnedRequirements()
    for (const release of PROVEN_RELEASES) {
      const pin = pinned.find((requirement) => requirement.name === release.requirement)
      expect(pin, `${REQUIREMENTS_FILE} pins no ${release.requirement}`).toBeDefined()
      expect(release.version, `${release.requirement} in proven-versions.ts`).toBe(pin?.version)
    }
  })

  it('name everything a lesson’s pip line installs, FastAPI first', () => {
    for (const lesson of lessons) {
      const requirements = installedRequirements(lesson.install)
      expect(requirements[0], lesson.id).toBe('fastapi[standard]')
      expect(
        provenReleasesFor(lesson.install).map((release) => release.requirement),
        lesson.id,
      ).toEqual(requirements)
    }
  })

  it('leave out what a lesson does not install', () => {
    expect(provenReleasesFor('pip install "fastapi[standard]"').map((release) => release.name)).toEqual(['FastAPI'])
    expect(provenReleasesFor('pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"')).toHaveLength(3)
    expect(installedRequirements('uv add fastapi')).toEqual([])
  })

  it('read as a list in prose', () => {
    const release = (name: string) => ({ requirement: name.toLowerCase(), name, version: '1.2' })
    expect(provenReleasesText([release('A')])).toBe('A 1.2')
    expect(provenReleasesText([release('A'), release('B')])).toBe('A 1.2 and B 1.2')
    expect(provenReleasesText([release('A'), release('B'), release('C')])).toBe('A 1.2, B 1.2 and C 1.2')
  })
})
