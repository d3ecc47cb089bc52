import { describe, expect, it } from 'vitest'
import { errActionsOf } from './swagger-system'

describe('errActionsOf', () => {
  it('calls Swagger UI’s own clear, with its errActions as `this`', () => {
    const calls: unknown[] = []
    const errActions = {
      marker: 'swagger',
      clear(this: { marker: string }, filter: unknown) {
        calls.push([this.marker, filter])
      },
    }
    errActionsOf({ errActions })?.clear({ source: 'auth' })
    expect(calls).toEqual([['swagger', { source: 'auth' }]])
  })

  it('gives nothing for a system of another shape, rather than throwing', () => {
    expect(errActionsOf(undefined)).toBeUndefined()
    expect(errActionsOf({})).toBeUndefined()
    expect(errActionsOf({ errActions: {} })).toBeUndefined()
    expect(errActionsOf({ errActions: { clear: 'no' } })).toBeUndefined()
  })
})
