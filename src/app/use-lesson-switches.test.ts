import { describe, expect, it } from 'vitest'
import { lessonFromSearch } from './lesson-location'
import { NO_SWITCHES, enabledSwitches, switchesOf, withSwitch } from './use-lesson-switches'

describe('the lesson’s switches', () => {
  it('turn on and off without changing the set they came from', () => {
    const on = withSwitch(NO_SWITCHES, 'hash-passwords', true)
    expect([...on]).toEqual(['hash-passwords'])
    expect(NO_SWITCHES.size).toBe(0)
    expect([...withSwitch(withSwitch(on, 'other', true), 'hash-passwords', false)]).toEqual(['other'])
    expect([...withSwitch(on, 'hash-passwords', true)]).toEqual(['hash-passwords'])
  })

  it('belong to the visit they were toggled in: a new visit, even to the same lesson, starts with none', () => {
    const visit = lessonFromSearch('?lesson=simple-oauth2')
    const toggled = { visit, switches: new Set(['hash-passwords']) }
    expect(switchesOf(toggled, visit)).toBe(toggled.switches)
    expect(switchesOf(toggled, lessonFromSearch('?lesson=simple-oauth2'))).toBe(NO_SWITCHES)
  })

  it('make the app’s enabled set together with the mistake a link switched on', () => {
    const switches = new Set(['hash-passwords'])
    expect(enabledSwitches(switches, null)).toBe(switches)
    const { mistake } = lessonFromSearch('?lesson=simple-oauth2&mistake=json-login')
    expect(mistake?.id).toBe('json-login')
    expect([...enabledSwitches(switches, mistake)]).toEqual(['hash-passwords', 'json-login'])
    expect([...switches]).toEqual(['hash-passwords'])
  })
})
