import { describe, expect, it } from 'vitest'
import type { Reach } from '../traffic'
import { createStandInAnswers, fetchUrlOf, watchPageFetches } from './stand-in-reach'

const base = 'http://127.0.0.1:4174/learn/oauth2/'

describe('the stand-in’s answers, counted per URL', () => {
  it('lets each answer be claimed once, fragments aside', () => {
    const answers = createStandInAnswers()
    answers.answered(`${base}items/`)
    answers.answered(`${base}items/`)
    expect(answers.claim(`${base}items/#top`)).toBe(true)
    expect(answers.claim(`${base}items/`)).toBe(true)
    expect(answers.claim(`${base}items/`)).toBe(false)
    expect(answers.claim(`${base}token`)).toBe(false)
  })

  it('forgets the oldest URLs nobody claims', () => {
    const answers = createStandInAnswers(2)
    for (const path of ['a', 'b', 'c']) answers.answered(base + path)
    expect(answers.claim(`${base}a`)).toBe(false)
    expect(answers.claim(`${base}c`)).toBe(true)
  })
})

describe('the URL a fetch call asks for', () => {
  it('resolves as fetch does, and is undefined where fetch would throw', () => {
    expect(fetchUrlOf('items/', base)).toBe(`${base}items/`)
    expect(fetchUrlOf(new URL('/x', base), base)).toBe('http://127.0.0.1:4174/x')
    expect(fetchUrlOf(new Request(`${base}token`, { method: 'POST' }), base)).toBe(`${base}token`)
    expect(fetchUrlOf('http://[bad', base)).toBeUndefined()
  })
})

/** A page whose fetch answers as told: 'stand-in' (after the stand-in noted it), 'network' or 'fail'. */
function page(answer: (url: string) => 'stand-in' | 'network' | 'fail' | 'abort') {
  const answers = createStandInAnswers()
  const reaches: Reach[] = []
  const target: { fetch: typeof fetch } = {
    fetch: (input) => {
      const url = fetchUrlOf(input, base) ?? ''
      const how = answer(url)
      if (how === 'stand-in') answers.answered(url)
      if (how === 'fail') return Promise.reject(new TypeError('Failed to fetch'))
      if (how === 'abort') return Promise.reject(new DOMException('The user aborted a request.', 'AbortError'))
      return Promise.resolve(new Response('{}'))
    },
  }
  const inner = target.fetch
  const restore = watchPageFetches(target, {
    watched: (url) => url.startsWith(base),
    answers,
    report: (reach) => reaches.push(reach),
    baseUri: () => base,
  })
  return { target, inner, restore, reaches }
}

describe('the page’s fetch, watched', () => {
  it('reports each API request the stand-in answered as reached', async () => {
    const { target, reaches } = page(() => 'stand-in')
    await target.fetch('openapi.json')
    await target.fetch(`${base}items/`)
    await Promise.resolve()
    expect(reaches).toEqual([{ reached: true }, { reached: true }])
  })

  it('reports an API request the network answered, or nobody did, with its URL', async () => {
    const { target, reaches } = page((url) => (url.endsWith('openapi.json') ? 'network' : 'fail'))
    await target.fetch('openapi.json')
    await target.fetch('items/').catch(() => undefined)
    await Promise.resolve()
    expect(reaches).toEqual([
      { reached: false, url: `${base}openapi.json`, failed: false },
      { reached: false, url: `${base}items/`, failed: true },
    ])
  })

  it('says nothing of requests outside the API, nor of requests the page gave up on', async () => {
    const { target, reaches } = page((url) => (url.includes('abort') ? 'abort' : 'network'))
    await target.fetch('http://127.0.0.1:8000/items/')
    await target.fetch('abort').catch(() => undefined)
    await Promise.resolve()
    expect(reaches).toEqual([])
  })

  it('puts the page’s fetch back when asked', () => {
    const { target, inner, restore } = page(() => 'network')
    expect(target.fetch).not.toBe(inner)
    restore()
    expect(target.fetch).toBe(inner)
  })
})
