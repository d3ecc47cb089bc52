// "Take it home" tells the learner what to pip install; the suite proves the lessons against the
// pinned requirements.txt. Both must name the same packages, extras included, or the proof is of
// another set than the one the learner installs.
import { describe, expect, it } from 'vitest'
import { pinnedRequirements } from '../testing/current-fastapi/python'
import { lessons } from './lesson-registry'

/** What the tests need on top of the lessons' own packages. */
const TEST_ONLY = ['pytest', 'time-machine']

interface Requirement {
  /** PEP 503's normalized name with its sorted, normalized extras: `fastapi[standard]`. */
  readonly key: string
  /** `==0.165.0`, or '' when the line leaves the version to pip. */
  readonly pin: string
}

// name, [extras], optional version specifier: what a pip command line or requirements.txt writes.
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?\s*((?:[=<>!~]=?|===).*)?$/

function requirement(text: string): Requirement | undefined {
  const match = REQUIREMENT.exec(text.trim())
  if (!match) return undefined
  const [, name = '', extras = '', pin = ''] = match
  const extraNames = extras
    .split(',')
    .map((extra) => normalize(extra))
    .filter((extra) => extra !== '')
    .sort()
  return { key: `${normalize(name)}${extraNames.length > 0 ? `[${extraNames.join(',')}]` : ''}`, pin: pin.trim() }
}

/** PEP 503: lower case, runs of `-`, `_` and `.` as one `-`. */
function normalize(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-')
}

/** The packages of `pip install a "b[c]"`, or a problem for anything else on the line. */
function installed(line: string): { readonly requirements: Requirement[]; readonly problems: string[] } {
  const words = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((word) => word[1] ?? word[2] ?? word[3] ?? '')
  if (words[0] !== 'pip' || words[1] !== 'install')
    return { requirements: [], problems: [`not a pip install: ${line}`] }
  const requirements: Requirement[] = []
  const problems: string[] = []
  for (const word of words.slice(2)) {
    const parsed = word.startsWith('-') ? undefined : requirement(word)
    if (parsed) requirements.push(parsed)
    else problems.push(`“${word}” in “${line}” is not a package`)
  }
  return { requirements, problems }
}

/** Why the install lines and the pinned top-level requirements differ; empty when they agree. */
function installProblems(
  installLines: readonly string[],
  pinned: readonly { readonly name: string; readonly version: string }[],
): string[] {
  const pins = new Map(
    pinned.map(({ name, version }) => [requirement(name)?.key ?? `unreadable “${name}”`, `==${version}`]),
  )
  const problems: string[] = []
  const named = new Set<string>()
  for (const line of installLines) {
    const { requirements, problems: lineProblems } = installed(line)
    problems.push(...lineProblems)
    for (const { key, pin } of requirements) {
      named.add(key)
      const version = pins.get(key)
      if (version === undefined) problems.push(`${key} (from “${line}”) is not pinned in requirements.txt`)
      else if (pin !== '' && pin !== version)
        problems.push(`${key}${pin} (from “${line}”) is not the pinned ${version}`)
    }
  }
  for (const key of pins.keys()) {
    if (!named.has(key) && !TEST_ONLY.includes(key))
      problems.push(`requirements.txt pins ${key}, which no lesson installs`)
  }
  for (const key of TEST_ONLY) if (!pins.has(key)) problems.push(`requirements.txt does not pin ${key}`)
  return problems
}

describe('the "Take it home" pip lines', () => {
  const lines = lessons.map((lesson) => lesson.install)

  it('install exactly the pinned set the suite runs the lessons on, plus nothing but pytest and time-machine', () => {
    expect(lessons.length).toBeGreaterThan(0)
    expect(installProblems(lines, pinnedRequirements())).toEqual([])
  })

  it('read every lesson’s line as packages with their extras', () => {
    expect(lessons.flatMap((lesson) => installed(lesson.install).requirements.map(({ key }) => key))).toContain(
      'fastapi[standard]',
    )
    expect(installed('pip install "fastapi[standard]" PyJWT \'pwdlib[argon2]\'').requirements).toEqual([
      { key: 'fastapi[standard]', pin: '' },
      { key: 'pyjwt', pin: '' },
      { key: 'pwdlib[argon2]', pin: '' },
    ])
  })

  it('fail when a lesson adds a package, drops an extra, or pins another version', () => {
    const pinned = pinnedRequirements()
    expect(installProblems([...lines, 'pip install "fastapi[standard]" passlib'], pinned)).toEqual([
      'passlib (from “pip install "fastapi[standard]" passlib”) is not pinned in requirements.txt',
    ])
    expect(
      installProblems(['pip install fastapi pyjwt "pwdlib[argon2]"', 'pip install "pyjwt[crypto]"'], pinned),
    ).toEqual([
      'fastapi (from “pip install fastapi pyjwt "pwdlib[argon2]"”) is not pinned in requirements.txt',
      'requirements.txt pins fastapi[standard], which no lesson installs',
    ])
    expect(installProblems([...lines, 'pip install "fastapi[standard]==0.100.0"'], pinned)).toEqual([
      expect.stringMatching(/^fastapi\[standard\]==0\.100\.0 \(from .*\) is not the pinned ==\d/),
    ])
    expect(installProblems([...lines, 'pip install -U pyjwt'], pinned)).toEqual([
      '“-U” in “pip install -U pyjwt” is not a package',
    ])
  })

  it('fail when requirements.txt pins another top-level package, or lacks the tests’ own', () => {
    const pinned = pinnedRequirements()
    expect(installProblems(lines, [...pinned, { name: 'requests', version: '2.0.0' }])).toEqual([
      'requirements.txt pins requests, which no lesson installs',
    ])
    expect(
      installProblems(
        lines,
        pinned.filter(({ name }) => name !== 'time-machine'),
      ),
    ).toEqual(['requirements.txt does not pin time-machine'])
  })
})
