// One sentence of "Why", and what every sentence may know about its exchange.

export type Tone = 'pass' | 'stop' | 'info'

export interface ExplanationLine {
  readonly tone: Tone
  readonly text: string
}

export interface StepContext {
  /** `read_items()`, or "the endpoint" when routing did not get that far. */
  readonly endpoint: string
  /** The challenge the answer carried, e.g. `Bearer`. */
  readonly challenge: string | undefined
  /** Whether the answer was a plain-text error rather than FastAPI's JSON. */
  readonly plainText: boolean
}

/** `a()`, `a() and b()`, `a(), b() and c()`. */
export function functionList(names: readonly string[]): string {
  const calls = names.map((name) => `${name}()`)
  const last = calls.pop()
  return calls.length === 0 ? (last ?? '') : `${calls.join(', ')} and ${last ?? ''}`
}
