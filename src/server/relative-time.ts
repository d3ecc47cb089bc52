// How far a moment is from now, in words: the one formatter behind the inspector's token times and
// the server's account of why a token was refused.

/**
 * `words`: the largest whole unit, spelled out ("3 minutes ago", "in 1 second"), "just now" within a second.
 * `compact`: rounded to the second, the two largest units abbreviated ("in 29 min 5 s", "3 min ago"), "now" at
 * zero; days at most.
 */
export type RelativeTimeStyle = 'words' | 'compact'

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

interface Style {
  /** Each unit's name and length in seconds, largest first. */
  readonly units: readonly (readonly [string, number])[]
  /** How many units a span names: "3 minutes", or "3 min 5 s" (the second one left out when it is zero). */
  readonly parts: number
  readonly roundToSecond: boolean
  readonly now: string
  readonly amount: (count: number, unit: string) => string
}

const STYLES: Readonly<Record<RelativeTimeStyle, Style>> = {
  words: {
    units: [
      ['year', 365.25 * DAY],
      ['day', DAY],
      ['hour', HOUR],
      ['minute', MINUTE],
      ['second', 1],
    ],
    parts: 1,
    roundToSecond: false,
    now: 'just now',
    amount: (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  },
  compact: {
    units: [
      ['d', DAY],
      ['h', HOUR],
      ['min', MINUTE],
      ['s', 1],
    ],
    parts: 2,
    roundToSecond: true,
    now: 'now',
    amount: (count, unit) => `${count} ${unit}`,
  },
}

/** "in 30 min" or "3 minutes ago": how far a Unix time in seconds is from `nowMs`. */
export function describeFromNow(unixSeconds: number, nowMs: number, style: RelativeTimeStyle): string {
  const { units, parts, roundToSecond, now, amount } = STYLES[style]
  const exact = unixSeconds - nowMs / 1000
  const delta = roundToSecond ? Math.round(exact) : exact
  let rest = Math.abs(delta)
  if (rest < 1) return now
  // Only NaN is below every unit; it comes out in seconds, as anything else would.
  const found = units.findIndex(([, length]) => rest >= length)
  const largest = found === -1 ? units.length - 1 : found
  const amounts: string[] = []
  for (const [unit, length] of units.slice(largest, largest + parts)) {
    const count = Math.floor(rest / length)
    if (amounts.length === 0 || count > 0) amounts.push(amount(count, unit))
    rest %= length
  }
  const span = amounts.join(' ')
  return delta < 0 ? `${span} ago` : `in ${span}`
}
