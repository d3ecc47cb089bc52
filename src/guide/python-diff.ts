// The faulty Python of a mistake, made from the lesson's main.py and shown as a unified diff.
import type { PythonEdit } from '../lessons/mistake'

/** Applies each edit to the one place it names; an edit that matches nowhere or twice is a bug. */
export function applyEdits(source: string, edits: readonly PythonEdit[]): string {
  let result = source
  for (const { find, replace } of edits) {
    const at = result.indexOf(find)
    if (at === -1 || result.indexOf(find, at + 1) !== -1) {
      throw new Error(`The edit must match exactly one place in main.py: ${JSON.stringify(find)}`)
    }
    result = result.slice(0, at) + replace + result.slice(at + find.length)
  }
  return result
}

export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added'
  readonly text: string
  /** Line number in the tutorial's main.py (same and removed lines). */
  readonly before?: number
  /** Line number in the faulty file (same and added lines). */
  readonly after?: number
}

/** A line diff by longest common subsequence: main.py files are short, so the table is small. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n')
  const b = after.split('\n')
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = common[i] ?? []
      row[j] = a[i] === b[j] ? (common[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(common[i + 1]?.[j] ?? 0, row[j + 1] ?? 0)
    }
  }
  const lines: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i] ?? '', before: i + 1, after: j + 1 })
      i++
      j++
    } else if (i < a.length && (j === b.length || (common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0))) {
      lines.push({ kind: 'removed', text: a[i] ?? '', before: i + 1 })
      i++
    } else {
      lines.push({ kind: 'added', text: b[j] ?? '', after: j + 1 })
      j++
    }
  }
  return lines
}

/** Keeps `context` unchanged lines around each change; each gap, at the ends too, becomes one `null`. */
export function hunks(lines: readonly DiffLine[], context = 2): (DiffLine | null)[] {
  const near = lines.map((_, index) =>
    lines.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== 'same'),
  )
  const result: (DiffLine | null)[] = []
  lines.forEach((line, index) => {
    if (near[index]) result.push(line)
    else if (result[result.length - 1] !== null) result.push(null)
  })
  return result
}
