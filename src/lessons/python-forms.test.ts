// Each lesson ships its FastAPI app twice: main.py with Annotated dependencies, main_depends.py with
// plain defaults for FastAPI before 0.95. Only the dependency declarations may differ between them.
import { describe, expect, it } from 'vitest'
import { lessons } from './lesson-registry'

/** The lines main_depends.py adds to the header of main.py, the same in every lesson. */
const FORM_NOTE = `#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with \`uvicorn main:app --reload\` (it has no \`fastapi\` command).
`

const OPENERS = '([{'
const CLOSERS = ')]}'

/** Calls `visit` with each index outside strings and comments and the bracket depth there, until it returns true. */
function scanCode(source: string, visit: (index: number, depth: number) => boolean): void {
  let depth = 0
  let quote = ''
  let comment = false
  for (let index = 0; index < source.length; index++) {
    const char = source.charAt(index)
    if (comment) {
      comment = char !== '\n'
      if (comment) continue
    } else if (quote !== '') {
      if (char === '\\') index++
      else if (char === quote) quote = ''
      continue
    } else if (char === '"' || char === "'") {
      quote = char
      continue
    } else if (char === '#') {
      comment = true
      continue
    }
    if (CLOSERS.includes(char)) depth--
    if (visit(index, depth)) return
    if (OPENERS.includes(char)) depth++
  }
}

/**
 * `name: Annotated[T, X]` becomes `name: T = X`, and the Annotated import goes: main.py as
 * main_depends.py reads. A default after it moves into the call, as FastAPI's docs write it:
 * `name: Annotated[str, Form()] = ""` becomes `name: str = Form(default="")`.
 */
function moveAnnotatedToDefaults(source: string): string {
  let result = source
    .replace(/^from typing import Annotated\n/m, '')
    .replace(/^(from typing import .*)\bAnnotated, /m, '$1')
    .replace(/^(from typing import .*), Annotated\b/m, '$1')
  for (let start = result.indexOf('Annotated['); start !== -1; start = result.indexOf('Annotated[')) {
    const open = start + 'Annotated'.length
    let close = -1
    let comma = -1
    scanCode(result.slice(open), (index, depth) => {
      const char = result.charAt(open + index)
      if (depth === 1 && char === ',' && comma === -1) comma = open + index
      if (depth === 0 && char === ']') close = open + index
      return close !== -1
    })
    if (close === -1 || comma === -1) throw new Error(`unreadable Annotated[...] at ${start}`)
    const type = result.slice(open + 1, comma).trim()
    let metadata = result.slice(comma + 1, close).trim()
    let end = close + 1
    const assigned = /^ = /.exec(result.slice(end))
    if (assigned) {
      const valueStart = end + assigned[0].length
      let valueEnd = -1
      scanCode(result.slice(valueStart), (index, depth) => {
        const char = result.charAt(valueStart + index)
        // A comma or line end beside it, or the bracket that closes the parameters around it.
        if ((depth === 0 && (char === ',' || char === '\n')) || depth < 0) valueEnd = valueStart + index
        return valueEnd !== -1
      })
      if (valueEnd === -1 || !metadata.endsWith(')')) throw new Error(`unreadable default at ${start}`)
      const value = result.slice(valueStart, valueEnd).trim()
      const call = metadata.slice(0, -1)
      metadata = `${call}${call.endsWith('(') ? '' : ', '}default=${value})`
      end = valueEnd
    }
    result = `${result.slice(0, start)}${type} = ${metadata}${result.slice(end)}`
  }
  return result
}

/** The source without what Python ignores: blank lines, and line breaks, extra spaces and trailing commas inside brackets. */
function normaliseLayout(source: string): string {
  let result = ''
  let previous = 0
  scanCode(source, (index, depth) => {
    const char = source.charAt(index)
    if (depth === 0 && !CLOSERS.includes(char)) return false
    result += source.slice(previous, index)
    previous = index + 1
    if (/\s/.test(char)) {
      if (!result.endsWith(' ') && !OPENERS.includes(result.charAt(result.length - 1))) result += ' '
    } else if (CLOSERS.includes(char)) {
      result = result.replace(/,? ?$/, '') + char
    } else {
      result += char
    }
    return false
  })
  result += source.slice(previous)
  return result
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n')
}

/** Both forms of one app, reduced to what must be identical; the note must be in main_depends.py. */
function comparableForms(annotated: string, withoutAnnotated: string): { annotated: string; withoutAnnotated: string } {
  if (!withoutAnnotated.includes(FORM_NOTE)) throw new Error('main_depends.py lacks the note on its form')
  return {
    annotated: normaliseLayout(moveAnnotatedToDefaults(annotated)),
    withoutAnnotated: normaliseLayout(withoutAnnotated.replace(FORM_NOTE, '')),
  }
}

function expectSameApp(annotated: string, withoutAnnotated: string, message?: string): void {
  const forms = comparableForms(annotated, withoutAnnotated)
  expect(forms.withoutAnnotated, message).toBe(forms.annotated)
}

const ANNOTATED = `# Header.
#
# To run it:
from typing import Annotated

from fastapi import Depends, FastAPI, Security


async def read_own_items(
    current_user: Annotated[User, Security(get_current_user, scopes=["items", "me"])],
    form_data: Annotated[dict[str, list[int]], Depends()],
):
    return [{"owner": current_user.username}]  # FastAPI's (own) comment
`

const WITHOUT_ANNOTATED = `# Header.
${FORM_NOTE}#
# To run it:

from fastapi import Depends, FastAPI, Security


async def read_own_items(
    current_user: User = Security(get_current_user, scopes=["items", "me"]),
    form_data: dict[str, list[int]] = Depends(),
):
    return [{"owner": current_user.username}]  # FastAPI's (own) comment
`

describe('the two Python forms of each app', () => {
  it('differ only in how the dependencies are declared, in every lesson', async () => {
    for (const lesson of lessons) {
      const content = await lesson.load()
      expect(content.pythonSource, lesson.id).toContain('from typing import Annotated')
      expect(content.pythonSource, lesson.id).not.toMatch(/= *(Depends|Security)\(/)
      expect(content.pythonSourceWithoutAnnotated, lesson.id).not.toMatch(/Annotated\[|import Annotated/)
      expect(content.pythonSourceWithoutAnnotated, lesson.id).toMatch(/= (Depends|Security)\(/)
      expectSameApp(content.pythonSource, content.pythonSourceWithoutAnnotated, lesson.id)
    }
  })

  it('moves Annotated metadata to defaults, brackets, commas and strings included', () => {
    expectSameApp(ANNOTATED, WITHOUT_ANNOTATED)
  })

  it('moves a default after Annotated into the call, as default=, and keeps the other typing imports', () => {
    expectSameApp(
      'from typing import Annotated, Literal\n\n\nasync def f(\n    a: Annotated[str, Form()] = "",\n    b: Annotated[int, Form(gt=0)] = 1,\n):\n    return a\n',
      `${FORM_NOTE}from typing import Literal\n\n\nasync def f(\n    a: str = Form(default=""),\n    b: int = Form(gt=0, default=1),\n):\n    return a\n`,
    )
    expect(() => {
      expectSameApp(
        'def f(a: Annotated[str, Form()] = ""):\n    return a\n',
        `${FORM_NOTE}def f(a: str = Form(default="x")):\n    return a\n`,
      )
    }).toThrow()
  })

  it('tolerates line breaks and trailing commas inside brackets, as a formatter changes them', () => {
    const reformatted = WITHOUT_ANNOTATED.replace(
      'dict[str, list[int]] = Depends(),\n)',
      'dict[str, list[int]] = Depends()\n    )',
    ).replace('(\n    current_user', '(current_user')
    expect(reformatted).not.toBe(WITHOUT_ANNOTATED)
    expectSameApp(ANNOTATED, reformatted)
  })

  it('catches a change made to one form only: code, a constant, a comment, an indentation', () => {
    const changes: readonly (readonly [string, string])[] = [
      ['Depends()', 'Depends(oauth2_scheme)'],
      ['"items", "me"', '"me"'],
      ['# FastAPI', '# Starlette'],
      ['    return', '  return'],
      ['# Header.', '# Header!'],
    ]
    for (const [before, after] of changes) {
      expect(() => {
        expectSameApp(ANNOTATED, WITHOUT_ANNOTATED.replace(before, after))
      }, after).toThrow()
      expect(() => {
        expectSameApp(ANNOTATED.replace(before, after), WITHOUT_ANNOTATED)
      }, after).toThrow()
    }
  })

  it('requires the note on the form in main_depends.py', () => {
    expect(() => comparableForms(ANNOTATED, WITHOUT_ANNOTATED.replace('before 0.95', 'before 1.0'))).toThrow(/note/)
  })
})
