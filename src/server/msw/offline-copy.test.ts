import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { WORKER_SCRIPT } from './app-files'
import { KEEP_FILES_MESSAGE, buildVersion, ownFilesAmong } from './offline-copy'

const folder = new URL('https://learn.example/fastapi/security/')

describe('the files kept for an offline reload', () => {
  it('keeps the page and its own files, not the lesson’s API nor another site’s', () => {
    expect(
      ownFilesAmong(
        [
          'https://learn.example/fastapi/security/assets/index-abc123.js',
          'https://learn.example/fastapi/security/assets/swagger-pane-def456.js?v=1',
          'https://learn.example/fastapi/security/assets/index-abc123.js',
          'https://learn.example/fastapi/security/favicon.svg',
          'https://learn.example/fastapi/security/openapi.json',
          'https://learn.example/fastapi/security/users/me',
          'https://learn.example/elsewhere/assets/other.js',
          'https://cdn.example/fastapi/security/assets/index-abc123.js',
        ],
        folder,
      ),
    ).toEqual([
      'https://learn.example/fastapi/security/',
      'https://learn.example/fastapi/security/assets/index-abc123.js',
      'https://learn.example/fastapi/security/assets/swagger-pane-def456.js',
      'https://learn.example/fastapi/security/favicon.svg',
    ])
  })

  it('names the copy after the build’s entry script, and keeps nothing in development', () => {
    expect(buildVersion(['https://learn.example/fastapi/security/assets/index-abc123.js'], folder)).toBe(
      'assets/index-abc123.js',
    )
    expect(buildVersion(['https://learn.example/fastapi/security/src/main.tsx'], folder)).toBeUndefined()
    expect(buildVersion(['https://cdn.example/assets/index-abc123.js'], folder)).toBeUndefined()
  })
})

describe('the worker’s side', () => {
  it('listens for the very message the page sends', () => {
    const source = readFileSync(new URL(`../../../public/${WORKER_SCRIPT}`, import.meta.url), 'utf8')
    expect(source).toContain(`const KEEP_FILES_MESSAGE = '${KEEP_FILES_MESSAGE}'`)
  })
})
