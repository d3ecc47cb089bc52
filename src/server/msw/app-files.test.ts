import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { APP_FILES, APP_PREFIXES, STAND_IN_PAGE_FOLDERS, WORKER_SCRIPT, isAppFile } from './app-files'

/** A list the worker script declares as `const NAME = [...]`, read as JSON. */
function workerList(source: string, name: string): unknown {
  const match = new RegExp(`const ${name} = (\\[[^\\]]*\\])`).exec(source)
  if (!match?.[1]) throw new Error(`${WORKER_SCRIPT} declares no ${name}`)
  // Written by prettier: single quotes, and a trailing comma once the list spans lines.
  return JSON.parse(match[1].replaceAll("'", '"').replace(/,\s*\]$/, ']'))
}

describe('isAppFile', () => {
  it('covers every file the build copies from public/', () => {
    const publicFiles = readdirSync(new URL('../../../public', import.meta.url))
    expect(publicFiles.length).toBeGreaterThan(0)
    for (const file of publicFiles) expect(isAppFile(file), file).toBe(true)
  })

  it('agrees with the worker script, which sends the same files straight to the network', () => {
    const source = readFileSync(new URL(`../../../public/${WORKER_SCRIPT}`, import.meta.url), 'utf8')
    expect(workerList(source, 'OWN_FILES')).toEqual([...APP_FILES])
    expect(workerList(source, 'OWN_PREFIXES')).toEqual(APP_PREFIXES)
    expect(workerList(source, 'STAND_IN_PAGE_FOLDERS')).toEqual(STAND_IN_PAGE_FOLDERS)
  })

  it("covers Vite's built assets and dev paths", () => {
    expect(isAppFile('assets/index-abc123.js')).toBe(true)
    expect(isAppFile('@vite/client')).toBe(true)
    expect(isAppFile('src/main.tsx')).toBe(true)
    expect(isAppFile('node_modules/.vite/deps/react.js')).toBe(true)
  })

  it('leaves the API paths of the lessons to the stand-in', () => {
    for (const path of [
      'items/',
      'items',
      'token',
      'users/me',
      'users/me/',
      'openapi.json',
      'docs',
      '',
      'nope',
      'realms/playground/protocol/openid-connect/token',
    ]) {
      expect(isAppFile(path), path).toBe(false)
    }
  })
})
