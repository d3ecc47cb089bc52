// What a page fetched from its host before Swagger UI's Authorize button appeared, in gzip bytes:
// the files a static host with compression would send, read from the folder it serves. Requests
// the page's mock answers (the playground's openapi.json) are no host's bytes and are not counted;
// a service worker's scripts are, as the browser fetches them too.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'

export interface FetchedFile {
  /** Path below the served folder. */
  readonly file: string
  readonly gzipBytes: number
}

/** Every file of `root` (served at `rootUrl`) that the page asked for before `before` (page time, ms). */
export async function filesFetchedBefore(
  page: Page,
  before: number,
  root: string,
  rootUrl: string,
): Promise<FetchedFile[]> {
  const urls = await page.evaluate(async (before) => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].filter(
      (entry) => entry.startTime <= before,
    )
    const worker = (await navigator.serviceWorker.getRegistration())?.active?.scriptURL
    return [...entries.map((entry) => entry.name), ...(worker ? [worker] : [])]
  }, before)
  const files = new Set<string>()
  for (const url of urls) {
    const { href } = new URL(url)
    if (!href.startsWith(rootUrl)) continue
    const file = decodeURIComponent(new URL(href).pathname.slice(new URL(rootUrl).pathname.length))
    files.add(file === '' || file.endsWith('/') ? `${file}index.html` : file)
  }
  // A worker script's own importScripts() are fetched by the browser as well.
  for (const file of [...files].filter((name) => name.endsWith('.js') && !name.startsWith('assets/'))) {
    const text = readIfThere(join(root, file))?.toString('utf8')
    for (const match of text?.matchAll(/importScripts\('\.\/([^']+)'\)/g) ?? []) if (match[1]) files.add(match[1])
  }
  return [...files].flatMap((file) => {
    const text = readIfThere(join(root, file))
    return text === undefined ? [] : [{ file, gzipBytes: gzipSync(text).byteLength }]
  })
}

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}

export const kib = (files: readonly FetchedFile[]): number =>
  files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) / 1024
