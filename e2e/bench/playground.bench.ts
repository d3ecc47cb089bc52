// The playground's speed, measured: cold start, mocked latency against a plain static file,
// the first paint's JavaScript, and logins. Figures go to stdout as a table.
import { test, type Browser, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DIST_FOLDER } from '../support/hosts'
import { median, ms, percentile, printTable, type BenchRow } from './measure'

const rows: BenchRow[] = []
test.describe.configure({ mode: 'serial' })
test.afterAll(() => {
  printTable(rows)
})

/** Records when Swagger UI's Authorize button first appears, from inside the page. */
function watchAuthorizeButton(): void {
  const record = window as unknown as { authorizeVisibleAt?: number }
  new MutationObserver((_changes, observer) => {
    if (document.querySelector('.auth-wrapper .authorize')) {
      record.authorizeVisibleAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

/** Resolves once the page paints smoothly again (five frames in a row under 20 ms), or after 2 s. */
async function settle(): Promise<void> {
  const started = performance.now()
  let smooth = 0
  let last = started
  while (smooth < 5 && performance.now() - started < 2000) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    smooth = now - last < 20 ? smooth + 1 : 0
    last = now
  }
}

async function openReady(browser: Browser, query = ''): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`./${query}`)
  await page.getByText('Mock API ready').waitFor()
  await page.locator('.auth-wrapper .authorize').waitFor()
  return page
}

/** Sequential fetches from the page, after warm-up; milliseconds per request, body read. */
async function fetchTimes(page: Page, url: string, init: RequestInit, count: number): Promise<number[]> {
  return page.evaluate(
    async ({ url, init, count }) => {
      const once = async () => {
        const started = performance.now()
        await (await fetch(url, init)).text()
        return performance.now() - started
      }
      for (let i = 0; i < 20; i += 1) await once()
      const times: number[] = []
      for (let i = 0; i < count; i += 1) times.push(await once())
      return times
    },
    { url, init, count },
  )
}

test('cold load', async ({ browser }) => {
  const ready: number[] = []
  const authorize: number[] = []
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(watchAuthorizeButton)
    await page.goto('./')
    await page.waitForFunction(() => (window as unknown as { authorizeVisibleAt?: number }).authorizeVisibleAt)
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('bearer-playground:mock-ready')[0]?.startTime ?? Number.NaN,
      authorize: (window as unknown as { authorizeVisibleAt?: number }).authorizeVisibleAt ?? Number.NaN,
    }))
    ready.push(marks.ready)
    authorize.push(marks.authorize)
    await context.close()
  }
  rows.push({ measure: 'cold load to "mock ready" (median of 5)', value: ms(median(ready)) })
  rows.push({ measure: 'cold load to Authorize visible (median of 5)', value: ms(median(authorize)) })
})

test('mocked request latency against a plain static file', async ({ browser }) => {
  const page = await openReady(browser)
  const mocked = await fetchTimes(page, 'items/', { headers: { authorization: 'Bearer bench' } }, 300)
  const throughWorker = await fetchTimes(page, 'favicon.svg', { cache: 'no-store' }, 300)
  await page.context().close()

  const plainContext = await browser.newContext({ serviceWorkers: 'block' })
  const plainPage = await plainContext.newPage()
  await plainPage.goto('./favicon.svg')
  const plain = await fetchTimes(plainPage, 'favicon.svg', { cache: 'no-store' }, 300)
  await plainContext.close()

  const ratio = median(mocked) / median(plain)
  rows.push({ measure: 'mocked GET items/ p50 (300 sequential)', value: ms(median(mocked)) })
  rows.push({ measure: 'mocked GET items/ p95', value: ms(percentile(mocked, 0.95)) })
  rows.push({ measure: 'plain static file p50, no service worker', value: ms(median(plain)) })
  rows.push({ measure: 'static file p50 through the worker', value: ms(median(throughWorker)) })
  rows.push({ measure: 'mocked p50 / plain static p50', value: `${ratio.toFixed(2)}x`, budget: '<= 1.5x' })
})

test('JavaScript the first paint needs', () => {
  const html = readFileSync(join(DIST_FOLDER, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)]
  const files = [...new Set(scripts.map((match) => match[1] ?? ''))]
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST_FOLDER, file))).byteLength, 0)
  rows.push({
    measure: `first-paint JavaScript, gzip (${files.length} file)`,
    value: `${(gzip / 1024).toFixed(1)} KB`,
    budget: '<= 120 KB',
  })
})

const LOGINS = [
  { lesson: 'simple-oauth2', form: 'username=johndoe&password=secret' },
  { lesson: 'oauth2-jwt', form: 'username=johndoe&password=secret' },
  { lesson: 'oauth2-scopes', form: 'username=johndoe&password=secret&scope=me' },
] as const

test('login round trip per lesson', async ({ browser }) => {
  for (const { lesson, form } of LOGINS) {
    const page = await openReady(browser, `?lesson=${lesson}`)
    if (await page.getByRole('alert').filter({ hasText: 'There is no lesson' }).isVisible()) {
      rows.push({ measure: `login ${lesson}`, value: 'no such lesson yet' })
      await page.context().close()
      continue
    }
    const result = await page.evaluate(async (form) => {
      const longTasks: number[] = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration)
      }).observe({ type: 'longtask' })
      const times: number[] = []
      for (let i = 0; i < 21; i += 1) {
        const started = performance.now()
        const response = await fetch('token', {
          method: 'POST',
          body: form,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
        await response.text()
        if (i > 0) times.push(performance.now() - started)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
      return { times, longest: Math.max(0, ...longTasks) }
    }, form)
    rows.push({
      measure: `login ${lesson}: POST token p50 (of 20)`,
      value: ms(median(result.times)),
      budget: '<= 400 ms',
    })
    rows.push({
      measure: `login ${lesson}: longest main-thread task`,
      value: result.longest === 0 ? 'none >= 50 ms' : ms(result.longest),
      budget: '< 50 ms',
    })
    await page.context().close()
  }
})

test('inspector: latency with the panel open and closed, frames while 1,000 requests stream in', async ({
  browser,
}) => {
  const page = await openReady(browser, '?lesson=first-steps')
  const toggle = page.getByRole('button', { name: 'HTTP traffic' })
  const setOpen = async (open: boolean) => {
    if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click()
    await page.waitForFunction((open) => (document.querySelector('[role="listbox"]') !== null) === open, open)
    // Open means in view, as when a learner watches it: painting the panel is part of the cost.
    await (open ? page.getByRole('region', { name: 'HTTP traffic' }) : toggle).scrollIntoViewIfNeeded()
    await page.evaluate(settle)
  }
  const request = { headers: { authorization: 'Bearer bench' } }
  // Interleaved, so that a slow moment of the machine does not land on one side only.
  const closed: number[] = []
  const open: number[] = []
  for (let round = 0; round < 2; round += 1) {
    await setOpen(false)
    closed.push(...(await fetchTimes(page, 'items/', request, 150)))
    await setOpen(true)
    open.push(...(await fetchTimes(page, 'items/', request, 150)))
  }
  const overhead = median(open) / median(closed) - 1
  rows.push({ measure: 'mocked p50, inspector closed', value: ms(median(closed)) })
  rows.push({ measure: 'mocked p50, inspector open', value: ms(median(open)) })
  rows.push({
    measure: 'inspector open: added to mocked p50',
    value: `${(overhead * 100).toFixed(1)} %`,
    budget: '<= 10 %',
  })

  // 1,000 requests, `lanes` at a time, while every frame's length is recorded. Three rounds per
  // case: the longest frame is a rare event (a garbage collection landing on a busy frame).
  const streamFrames = (lanes: number) =>
    page.evaluate(async (lanes) => {
      const gaps: number[] = []
      let streaming = true
      let last = performance.now()
      const tick = (now: number) => {
        gaps.push(now - last)
        last = now
        if (streaming) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
      let sent = 0
      const lane = async () => {
        while (sent < 1000) {
          sent += 1
          await (await fetch('items/', { headers: { authorization: `Bearer stream-${sent}` } })).text()
        }
      }
      await Promise.all(Array.from({ length: lanes }, lane))
      streaming = false
      return gaps.slice(1)
    }, lanes)
  for (const lanes of [1, 8]) {
    const frames = { closed: [] as number[], open: [] as number[] }
    for (let round = 0; round < 3; round += 1) {
      await setOpen(false)
      frames.closed.push(...(await streamFrames(lanes)))
      await setOpen(true)
      frames.open.push(...(await streamFrames(lanes)))
    }
    const how = lanes === 1 ? 'one after another' : `${lanes} at a time`
    for (const [state, gaps] of Object.entries(frames)) {
      const over = gaps.filter((gap) => gap > 50).length
      rows.push({
        measure: `longest frame, 3 x 1,000 requests ${how}, ${state}`,
        value: `${ms(Math.max(...gaps))} (${over} of ${gaps.length} over 50)`,
        budget: state === 'open' ? '<= 50 ms' : undefined,
      })
    }
  }
  await page.context().close()
})
