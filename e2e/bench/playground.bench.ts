// The playground's speed, measured against the real thing where there is one: cold start against
// FastAPI's own /docs page (bytes, and time at full speed and on a slowed CPU); mocked latency
// against the simplest msw handler (the floor of any msw mock), FastAPI + uvicorn and a plain
// static file; the first paint's JavaScript, logins, and frames while requests stream in.
// Prints a table.
import { test, type Browser, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DIST_FOLDER, EMBEDDING_PORT, SUB_PATH_HOST, hostUrl } from '../support/hosts'
import { atHostRoot, serveFastApiDocs } from './fastapi-docs-page'
import { filesFetchedBefore, kib, type FetchedFile } from './first-screen-bytes'
import { median, ms, percentile, printTable, type BenchRow } from './measure'
import { coldLoadMarks, fetchTimes, mockReadyAt, settle, watchAuthorizeButton, type ColdLoadMarks } from './page-probes'
import { startRealFastApi } from './real-fastapi'
import { serveSimplestMswPage } from './simplest-msw-page'

/** FastAPI's /docs page gets the port after the three the walkthroughs use, the simplest msw page the next. */
const FASTAPI_DOCS_PORT = EMBEDDING_PORT + 1
const SIMPLEST_MSW_PORT = EMBEDDING_PORT + 2

const rows: BenchRow[] = []
test.describe.configure({ mode: 'serial' })
test.afterAll(() => {
  printTable(rows)
})

async function openReady(browser: Browser, query = ''): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(`./${query}`)
  await page.getByText('Mock API ready').waitFor()
  await page.locator('.auth-wrapper .authorize').waitFor()
  return page
}

const ratio = (value: number, reference: number): string => `${(value / reference).toFixed(2)}x`

/** Lighthouse's mobile setting: the CPU slowed four times (the service worker keeps full speed). */
const CPU_SLOWDOWNS = [1, 4] as const

/**
 * Cold loads per side and speed. One cold load on this shared two-core machine can take half as
 * long again as the next; nine alternating loads give a median that moves less from run to run.
 */
const COLD_LOADS = 9

test('cold load, against FastAPI’s own /docs page: bytes and time to a visible Authorize', async ({ browser }) => {
  // FastAPI's page gets the very document the playground serves (the stand-in's, from the page).
  const probe = await openReady(browser)
  const document = await probe.evaluate(async () => (await fetch('openapi.json')).text())
  await probe.context().close()
  const fastApi = await serveFastApiDocs(FASTAPI_DOCS_PORT, atHostRoot(document))
  const sides = [
    { name: 'playground', url: './', root: DIST_FOLDER, rootUrl: hostUrl(SUB_PATH_HOST) },
    { name: 'docs', url: fastApi.docsUrl, root: fastApi.root, rootUrl: fastApi.rootUrl },
  ] as const

  const bytes = new Map<string, FetchedFile[]>()
  for (const slowdown of CPU_SLOWDOWNS) {
    const marks = { playground: [] as ColdLoadMarks[], docs: [] as ColdLoadMarks[] }
    // Interleaved, so that a slow moment of the shared machine does not land on one side only.
    for (let run = 0; run < COLD_LOADS; run += 1) {
      for (const side of sides) {
        const context = await browser.newContext()
        const page = await context.newPage()
        if (slowdown !== 1) {
          const cdp = await context.newCDPSession(page)
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
        }
        await page.addInitScript(watchAuthorizeButton)
        await page.goto(side.url)
        const loaded = await coldLoadMarks(page)
        if (!bytes.has(side.name)) {
          bytes.set(side.name, await filesFetchedBefore(page, loaded.authorize, side.root, side.rootUrl))
        }
        marks[side.name].push(side.name === 'playground' ? { ...loaded, mockReady: await mockReadyAt(page) } : loaded)
        await context.close()
      }
    }
    const authorize = median(marks.playground.map((m) => m.authorize))
    const docs = median(marks.docs.map((m) => m.authorize))
    const cpu = slowdown === 1 ? '' : `, CPU ${slowdown}x slower`
    if (slowdown === 1) {
      rows.push({
        measure: `cold load: shell first paint (median of ${COLD_LOADS})`,
        value: ms(median(marks.playground.map((m) => m.firstContentfulPaint))),
      })
      rows.push({
        measure: `cold load to "mock ready", started after the first screen (median of ${COLD_LOADS})`,
        value: ms(median(marks.playground.map((m) => m.mockReady))),
      })
    }
    rows.push({ measure: `cold load to Authorize visible${cpu} (median of ${COLD_LOADS})`, value: ms(authorize) })
    rows.push({ measure: `FastAPI /docs, same Swagger UI: Authorize visible${cpu}`, value: ms(docs) })
    rows.push({
      measure: `Authorize visible${cpu}: playground / FastAPI /docs`,
      value: ratio(authorize, docs),
      budget: '<= 0.8x',
    })
  }
  await fastApi.close()

  const [playground, docs] = [bytes.get('playground') ?? [], bytes.get('docs') ?? []]
  for (const [name, files] of [
    ['playground', playground],
    ['FastAPI /docs', docs],
  ] as const) {
    rows.push({
      measure: `${name}: fetched before Authorize, gzip (${files.length} files)`,
      value: `${kib(files).toFixed(1)} KB`,
    })
  }
  rows.push({
    measure: 'bytes before Authorize: playground / FastAPI /docs',
    value: ratio(kib(playground), kib(docs)),
    budget: '<= 0.8x',
  })
  // The largest files, so that a change of the build shows where the bytes went.
  for (const { file, gzipBytes } of [...playground]
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, process.env.BENCH_ALL_FILES ? undefined : 6)) {
    rows.push({ measure: `  playground before Authorize: ${file}`, value: `${(gzipBytes / 1024).toFixed(1)} KB` })
  }
})

test('request latency: mocked, the simplest msw handler, real FastAPI + uvicorn, plain static file', async ({
  browser,
}) => {
  const page = await openReady(browser)
  const simplest = await serveSimplestMswPage(SIMPLEST_MSW_PORT)
  const simplestPage = await (await browser.newContext()).newPage()
  await simplestPage.goto(simplest.url)
  await simplestPage.waitForFunction(() => document.title === 'ready')
  const plainContext = await browser.newContext({ serviceWorkers: 'block' })
  const plainPage = await plainContext.newPage()
  await plainPage.goto('./favicon.svg')
  const real = await startRealFastApi()
  const realPage = real.state === 'running' ? await (await browser.newContext()).newPage() : undefined
  // A page of the server's own origin, so that its fetches are same-origin like the playground's.
  if (real.state === 'running') await realPage?.goto(`${real.origin}/openapi.json`)

  const times = {
    mocked: [] as number[],
    simplest: [] as number[],
    worker: [] as number[],
    plain: [] as number[],
    real: [] as number[],
  }
  const bearer = { headers: { authorization: 'Bearer bench' } }
  // Interleaved rounds, so that every side sees the same moments of the shared machine.
  for (let round = 0; round < 3; round += 1) {
    times.mocked.push(...(await fetchTimes(page, 'items/', bearer, 100)))
    times.simplest.push(...(await fetchTimes(simplestPage, '/items/', bearer, 100)))
    if (realPage) times.real.push(...(await fetchTimes(realPage, '/items/', bearer, 100)))
    times.plain.push(...(await fetchTimes(plainPage, 'favicon.svg', { cache: 'no-store' }, 100)))
    times.worker.push(...(await fetchTimes(page, 'favicon.svg', { cache: 'no-store' }, 100)))
  }
  if (real.state === 'running') await real.stop()
  await realPage?.context().close()
  await simplestPage.context().close()
  await simplest.close()
  await plainContext.close()
  await page.context().close()

  const mocked = median(times.mocked)
  rows.push({ measure: 'mocked GET items/ p50 (300 sequential)', value: ms(mocked) })
  rows.push({ measure: 'mocked GET items/ p95', value: ms(percentile(times.mocked, 0.95)) })
  rows.push({ measure: 'simplest msw handler GET /items/ p50 (msw’s own worker)', value: ms(median(times.simplest)) })
  rows.push({
    measure: 'mocked p50 / simplest msw handler p50',
    value: ratio(mocked, median(times.simplest)),
    budget: '<= 1.1x',
  })
  if (real.state === 'running') {
    rows.push({ measure: 'FastAPI 0.92 + uvicorn GET /items/ p50 (loopback)', value: ms(median(times.real)) })
    // No budget: a service worker's round trip alone costs more than uvicorn's answer on loopback.
    rows.push({ measure: 'mocked p50 / uvicorn p50', value: ratio(mocked, median(times.real)) })
  } else {
    rows.push({ measure: 'FastAPI + uvicorn', value: `not measured: ${real.why}` })
  }
  rows.push({ measure: 'plain static file p50, no service worker', value: ms(median(times.plain)) })
  rows.push({ measure: 'static file p50 through the worker', value: ms(median(times.worker)) })
  rows.push({ measure: 'mocked p50 / plain static p50', value: ratio(mocked, median(times.plain)), budget: '<= 1.5x' })
  rows.push({
    measure: 'through the worker / plain static p50',
    value: ratio(median(times.worker), median(times.plain)),
  })
})

test('JavaScript the first paint needs', () => {
  const html = readFileSync(join(DIST_FOLDER, 'index.html'), 'utf8')
  const gzipOf = (files: readonly string[]) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST_FOLDER, file))).byteLength, 0) / 1024
  const tags = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"[^>]*>/g),
  ]
  // Chunks hinted with `data-early` (vite.config.ts) are fetched alongside; the first paint does not run them.
  const filesOf = (early: boolean) => [
    ...new Set(tags.filter((tag) => tag[0].includes('data-early') === early).map((tag) => tag[1] ?? '')),
  ]
  const [firstPaint, early] = [filesOf(false), filesOf(true)]
  rows.push({
    measure: `first-paint JavaScript, gzip (${firstPaint.length} files)`,
    value: `${gzipOf(firstPaint).toFixed(1)} KB`,
    budget: '<= 120 KB',
  })
  rows.push({
    measure: `fetched early for the first useful screen, gzip (${early.length} files)`,
    value: `${gzipOf(early).toFixed(1)} KB`,
  })
})

/** Each lesson's login route, relative to the page, and a form it accepts. */
const LOGINS = [
  { lesson: 'simple-oauth2', path: 'token', form: 'username=johndoe&password=secret' },
  { lesson: 'oauth2-jwt', path: 'token', form: 'username=johndoe&password=secret' },
  { lesson: 'oauth2-scopes', path: 'token', form: 'username=johndoe&password=secret&scope=me' },
  { lesson: 'optional-auth', path: 'token', form: 'username=johndoe&password=secret' },
  { lesson: 'cookie-auth', path: 'login', form: 'username=johndoe&password=secret' },
  { lesson: 'refresh-and-logout', path: 'token', form: 'grant_type=password&username=johndoe&password=secret' },
  { lesson: 'router-dependencies', path: 'token', form: 'username=johndoe&password=secret' },
] as const

/** The lessons beyond the tutorial, each opened cold and timed to a visible Authorize against lesson one. */
const BEYOND_THE_TUTORIAL = [
  'optional-auth',
  'cookie-auth',
  'refresh-and-logout',
  'router-dependencies',
  'third-party-login',
] as const

test('cold load of the lessons beyond the tutorial, against lesson one in the same run', async ({ browser }) => {
  const times = new Map<string, number[]>()
  // Interleaved rounds, so that a slow moment of the shared machine does not land on one lesson only.
  for (let run = 0; run < 3; run += 1) {
    for (const lesson of ['first-steps', ...BEYOND_THE_TUTORIAL]) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.addInitScript(watchAuthorizeButton)
      await page.goto(`./?lesson=${lesson}`)
      times.set(lesson, [...(times.get(lesson) ?? []), (await coldLoadMarks(page)).authorize])
      await context.close()
    }
  }
  const anchor = median(times.get('first-steps') ?? [])
  rows.push({ measure: 'cold load first-steps: Authorize visible (median of 3)', value: ms(anchor) })
  for (const lesson of BEYOND_THE_TUTORIAL) {
    const value = median(times.get(lesson) ?? [])
    rows.push({
      measure: `cold load ${lesson}: Authorize visible / first-steps`,
      value: `${ms(value)}, ${ratio(value, anchor)}`,
    })
  }
})

test('login round trip per lesson', async ({ browser }) => {
  for (const { lesson, path, form } of LOGINS) {
    const page = await openReady(browser, `?lesson=${lesson}`)
    if (await page.getByRole('alert').filter({ hasText: 'There is no lesson' }).isVisible()) {
      rows.push({ measure: `login ${lesson}`, value: 'no such lesson yet' })
      await page.context().close()
      continue
    }
    const result = await page.evaluate(
      async ({ path, form }) => {
        const longTasks: number[] = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration)
        }).observe({ type: 'longtask' })
        const times: number[] = []
        for (let i = 0; i < 21; i += 1) {
          const started = performance.now()
          const response = await fetch(path, {
            method: 'POST',
            body: form,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          })
          await response.text()
          if (i > 0) times.push(performance.now() - started)
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
        return { times, longest: Math.max(0, ...longTasks) }
      },
      { path, form },
    )
    rows.push({
      measure: `login ${lesson}: POST ${path} p50 (of 20)`,
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
  // The shared machine's own hiccups: frames of the same page with nothing to do, between rounds.
  const idleFrames = () =>
    page.evaluate(async () => {
      const gaps: number[] = []
      let last = performance.now()
      const until = last + 2000
      while (last < until) {
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
        gaps.push(now - last)
        last = now
      }
      return gaps.slice(1)
    })
  const idle: number[] = []
  for (const lanes of [1, 8]) {
    const frames = { closed: [] as number[], open: [] as number[] }
    for (let round = 0; round < 3; round += 1) {
      await setOpen(false)
      frames.closed.push(...(await streamFrames(lanes)))
      await setOpen(true)
      frames.open.push(...(await streamFrames(lanes)))
      idle.push(...(await idleFrames()))
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
  rows.push({
    measure: 'longest frame, idle page, 2 s after each of those rounds',
    value: `${ms(Math.max(...idle))} (${idle.filter((gap) => gap > 50).length} of ${idle.length} over 50)`,
  })
  await page.context().close()
})
