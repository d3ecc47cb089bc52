import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isAppFile } from './app-files'

describe('isAppFile', () => {
  it('covers every file the build copies from public/', () => {
    const publicFiles = readdirSync(new URL('../../../public', import.meta.url))
    expect(publicFiles.length).toBeGreaterThan(0)
    for (const file of publicFiles) expect(isAppFile(file), file).toBe(true)
  })

  it("covers Vite's built assets and dev paths", () => {
    expect(isAppFile('assets/index-abc123.js')).toBe(true)
    expect(isAppFile('@vite/client')).toBe(true)
    expect(isAppFile('src/main.tsx')).toBe(true)
    expect(isAppFile('node_modules/.vite/deps/react.js')).toBe(true)
  })

  it('leaves the API paths of the lessons to the stand-in', () => {
    for (const path of ['items/', 'items', 'token', 'users/me', 'users/me/', 'openapi.json', 'docs', '', 'nope']) {
      expect(isAppFile(path), path).toBe(false)
    }
  })
})
