// A switch that runs another file instead of main.py (`changed-file`) names a file that is in the
// lesson's folder and in its loaded content, so the page can show it and the walkthroughs run it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lessons } from './lesson-registry'

const changedFileSwitches = lessons.flatMap((lesson) =>
  lesson.switches.flatMap((lessonSwitch) =>
    lessonSwitch.inMainPy.kind === 'changed-file'
      ? [{ lesson, switchId: lessonSwitch.id, file: lessonSwitch.inMainPy.file }]
      : [],
  ),
)

describe('switches that change main.py into another file', () => {
  it('exist in the lessons that have the spec-exact switch', () => {
    expect(changedFileSwitches.map(({ lesson, file }) => `${lesson.id}/${file}`)).toEqual([
      'simple-oauth2/main_spec_exact.py',
      'oauth2-scopes/main_spec_exact.py',
    ])
  })

  it.each(changedFileSwitches)(
    '$lesson.id: $file is in the folder and in the content, as it is',
    async ({ lesson, file }) => {
      const onDisk = readFileSync(new URL(`./${lesson.id}/${file}`, import.meta.url), 'utf8')
      const content = await lesson.load()
      expect(content.changedFiles?.[file]).toBe(onDisk)
      expect(onDisk).not.toBe(content.pythonSource)
      // The same install line as main.py: the change needs nothing more.
      expect(onDisk).toContain(`#   ${lesson.install}\n`)
    },
  )
})
