// Every document the code cites lives in the repository: a link to docs/<file>.md#<anchor> in src/
// or e2e/ must find the file and the heading, a "row `id`" must find that row in a docs table, and
// the notes the project was first built from (outside the repository) may not be named at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { headingAnchors, readDoc, REPOSITORY_ROOT, tableRows } from './testing/repository-docs'

const THIS_FILE = fileURLToPath(import.meta.url)
const TEXT_FILE = /\.(ts|tsx|js|py|md|json|css|html)$/

// Names that only made sense beside those notes: their file names, their section numbers.
const OUTSIDE_NAMES: readonly RegExp[] = [
  /fastapi-security-behaviour/i,
  /swagger-ui-and-msw/i,
  /behaviour reference/i,
  // A section sign is fine after an RFC's number; anywhere else it pointed at notes outside the repository.
  /(?<!RFC \d{3,5} )§/,
  /\bspec §?\d/i,
  /\/work\/shared/,
]

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return filesBelow(full)
    return TEXT_FILE.test(entry.name) && full !== THIS_FILE ? [full] : []
  })
}

const SOURCES = ['src', 'e2e'].flatMap((folder) => filesBelow(path.join(REPOSITORY_ROOT, folder)))
const DOCS = readdirSync(path.join(REPOSITORY_ROOT, 'docs')).filter((name) => name.endsWith('.md'))

/** A file's text with comment markers at line starts folded away, so a reference may wrap. */
function prose(file: string): string {
  return readFileSync(file, 'utf8').replace(/\n[ \t]*(?:\/\/|\*|#)?[ \t]*/g, ' ')
}

function where(file: string): string {
  return path.relative(REPOSITORY_ROOT, file)
}

const ALL_ROW_IDS = new Set(
  DOCS.flatMap((name) => {
    const markdown = readDoc(name) ?? ''
    return headingAnchors(markdown).flatMap((anchor) => [...tableRows(markdown, anchor).keys()])
  }),
)

describe('references to documents', () => {
  it('gives every heading of docs/*.md its own anchor', () => {
    for (const name of DOCS) {
      const anchors = headingAnchors(readDoc(name) ?? '')
      expect(
        anchors.filter((anchor, index) => anchors.indexOf(anchor) !== index),
        name,
      ).toEqual([])
    }
  })

  it('finds the file and the heading of every docs/*.md link in src/ and e2e/', () => {
    const broken: string[] = []
    let found = 0
    for (const file of SOURCES) {
      for (const [reference, name = '', anchor] of prose(file).matchAll(
        /(?<![\w./-])docs\/([\w.-]+\.md)(?:#([\w-]+))?/g,
      )) {
        found += 1
        const markdown = readDoc(name)
        if (markdown === undefined) broken.push(`${where(file)}: ${reference} (no such file)`)
        else if (anchor !== undefined && !headingAnchors(markdown).includes(anchor)) {
          broken.push(`${where(file)}: ${reference} (no such heading)`)
        }
      }
    }
    expect(broken).toEqual([])
    expect(found).toBeGreaterThan(10)
  })

  it('finds every row named in src/ and e2e/ in a table of docs/*.md', () => {
    const broken: string[] = []
    let found = 0
    for (const file of SOURCES) {
      for (const [, list = ''] of prose(file).matchAll(/\brows? ((?:`[a-z0-9.-]+`(?:,? and |, | )?)+)/g)) {
        for (const [, id = ''] of list.matchAll(/`([a-z0-9.-]+)`/g)) {
          found += 1
          if (!ALL_ROW_IDS.has(id)) broken.push(`${where(file)}: row \`${id}\``)
        }
      }
    }
    expect(broken).toEqual([])
    expect(found).toBeGreaterThan(10)
  })

  it('names no document outside the repository', () => {
    const mentions = SOURCES.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return OUTSIDE_NAMES.filter((name) => name.test(text)).map((name) => `${where(file)}: ${String(name)}`)
    })
    expect(mentions).toEqual([])
  })

  it('points docs/*.md only at repository files that exist, and at its own headings', () => {
    const broken: string[] = []
    for (const name of DOCS) {
      const markdown = readDoc(name) ?? ''
      for (const [, file = ''] of markdown.matchAll(/`((?:src|e2e)\/[\w./-]+|docs\/[\w.-]+\.md)`/g)) {
        if (!existsSync(path.join(REPOSITORY_ROOT, file))) broken.push(`docs/${name}: ${file}`)
      }
      for (const [, anchor = ''] of markdown.matchAll(/\]\(#([\w-]+)\)/g)) {
        if (!headingAnchors(markdown).includes(anchor)) broken.push(`docs/${name}: #${anchor}`)
      }
    }
    expect(broken).toEqual([])
  })
})
