// The lint rule import-x/no-cycle skips type-only imports, yet a type cycle ties two modules' designs
// together just the same. This walks every relative import in src/ (types and lazy imports included,
// read by TypeScript's own pre-parser) and names each cycle it finds.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
const SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier)
  return SUFFIXES.map((suffix) => base + suffix).find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile(),
  )
}

function importGraph(files: readonly string[], read: (file: string) => string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(read(file), true, true)
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== undefined)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** One cycle per strongly tied group of modules, as the path a depth-first walk found first. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = []
  const done = new Set<string>()
  const onPath: string[] = []
  const visit = (file: string): void => {
    const start = onPath.indexOf(file)
    if (start >= 0) {
      cycles.push([...onPath.slice(start), file])
      return
    }
    if (done.has(file)) return
    onPath.push(file)
    for (const target of graph.get(file) ?? []) visit(target)
    onPath.pop()
    done.add(file)
  }
  for (const file of [...graph.keys()].sort()) visit(file)
  return cycles
}

describe('imports in src/', () => {
  it('finds a cycle through a type-only import, and names it', () => {
    const graph = new Map([
      ['store.ts', ['facts.ts']],
      ['facts.ts', ['store.ts']],
      ['view.tsx', ['store.ts']],
    ])
    expect(findCycles(graph)).toEqual([['facts.ts', 'store.ts', 'facts.ts']])
  })

  it('reads type-only and lazy imports as edges', () => {
    const files = [path.join(SRC, 'a.ts')]
    const source = "import type { X } from './app/boot-mock'\nconst lazy = () => import('./app/api-mount')"
    expect(importGraph(files, () => source).get(files[0] ?? '')).toEqual([
      path.join(SRC, 'app/boot-mock.ts'),
      path.join(SRC, 'app/api-mount.ts'),
    ])
  })

  it('form no cycle, type-only and lazy imports included', () => {
    const graph = importGraph(sourceFiles(SRC), (file) => readFileSync(file, 'utf8'))
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(SRC, file)).join(' -> '))
    expect(cycles).toEqual([])
  })
})
