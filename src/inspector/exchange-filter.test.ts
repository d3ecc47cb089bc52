import { describe, expect, it } from 'vitest'
import { filterExchanges } from './exchange-filter'
import { TEST_ROOT, exchange } from '../testing/test-exchange'

const document = exchange({ request: { method: 'GET', url: `${TEST_ROOT}openapi.json` }, response: { status: 200 } })
const login = exchange({ request: { method: 'POST', url: `${TEST_ROOT}token` }, response: { status: 404 } })
const items = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` }, response: { status: 401 } })
const pending = exchange({ request: { method: 'GET', url: `${TEST_ROOT}items/` } })
const all = [document, login, items, pending]

const shown = (text: string, showDocument = true) => filterExchanges(all, { text, showDocument }).map((one) => one.seq)

describe('filtering the list', () => {
  it('shows everything by default', () => {
    expect(filterExchanges(all, { text: '', showDocument: true })).toBe(all)
  })

  it('hides the openapi.json load on request', () => {
    expect(shown('', false)).toEqual([login.seq, items.seq, pending.seq])
  })

  it('reads digits as a status or the start of one', () => {
    expect(shown('401')).toEqual([items.seq])
    expect(shown('4xx')).toEqual([login.seq, items.seq])
    expect(shown('2')).toEqual([document.seq])
  })

  it('reads anything else as part of the method and path, in any case', () => {
    expect(shown('TOKEN')).toEqual([login.seq])
    expect(shown('get /items')).toEqual([items.seq, pending.seq])
    expect(shown('nothing')).toEqual([])
  })
})
