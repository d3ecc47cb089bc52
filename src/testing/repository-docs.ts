// Reads the repository's docs/*.md the way a reader's links do: heading anchors as GitHub makes them,
// and the ids in the first column of their tables. For the tests that keep code and docs in step.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The text of docs/<name>, or undefined when there is no such file. */
export function readDoc(name: string): string | undefined {
  const file = `${REPOSITORY_ROOT}docs/${name}`
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-')
}

/** Every heading's anchor, in order (a repeated heading would get a suffix: the caller checks). */
export function headingAnchors(markdown: string): string[] {
  return [...outsideCodeBlocks(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map((match) =>
    headingAnchor(match[1] ?? ''),
  )
}

/** The rows of the tables under a heading (up to the next heading), keyed by their first cell's `id`. */
export function tableRows(markdown: string, anchor: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  let inSection = false
  for (const line of outsideCodeBlocks(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(line)
    if (heading) inSection = headingAnchor(heading[1] ?? '') === anchor
    const cells = /^\|(.*)\|\s*$/.exec(line)?.[1]?.split(' | ')
    const id = cells?.[0] ? /^\s*`([a-z0-9.-]+)`\s*$/.exec(cells[0])?.[1] : undefined
    if (inSection && cells && id)
      rows.set(
        id,
        cells.slice(1).map((cell) => cell.trim()),
      )
  }
  return rows
}

function outsideCodeBlocks(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '')
}
