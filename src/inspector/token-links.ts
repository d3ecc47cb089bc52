// "Follow the token": ties each access_token a token endpoint handed out to the later requests
// that carry it as `Authorization: Bearer …`, within the lesson that issued it.
import { factsOf } from './exchange-facts'
import type { Exchange } from './exchange'

export interface IssuedToken {
  /** "T1", "T2"…: one label per distinct token, so both ends can be matched at a glance. */
  readonly label: string
  readonly token: string
  /** The later requests that carried it, in order. */
  readonly usedBy: readonly number[]
}

export interface CarriedToken {
  readonly label: string
  readonly token: string
  /** The most recent earlier exchange that issued this token. */
  readonly issuedBy: number
  /**
   * A JWT that shares the issued one's signature or its header and payload, but not both:
   * someone (the tamper form, most likely) changed it.
   */
  readonly tampered: boolean
}

export interface TokenLinks {
  /** By the seq of the exchange whose answer held the token. */
  readonly issued: ReadonlyMap<number, IssuedToken>
  /** By the seq of the exchange whose request carried it. */
  readonly carried: ReadonlyMap<number, CarriedToken>
}

export function linkTokens(exchanges: readonly Exchange[]): TokenLinks {
  const labels = new Map<string, string>()
  const latestIssuer = new Map<string, number>()
  // A JWT's parts, so that a tampered copy can still be traced to the token it came from.
  const bySignature = new Map<string, string>()
  const byContent = new Map<string, string>()
  const issuedTokens = new Map<number, { label: string; token: string; usedBy: number[] }>()
  const carried = new Map<number, CarriedToken>()

  for (const exchange of exchanges) {
    const { carriedToken, issuedToken } = factsOf(exchange)
    const lesson = exchange.context.lessonId
    if (carriedToken !== undefined) {
      const exact = `${lesson}\n${carriedToken}`
      const parts = jwtParts(carriedToken)
      const key = labels.has(exact)
        ? exact
        : parts && (bySignature.get(`${lesson}\n${parts.signature}`) ?? byContent.get(`${lesson}\n${parts.content}`))
      const issuer = key === undefined ? undefined : latestIssuer.get(key)
      const label = key === undefined ? undefined : labels.get(key)
      if (issuer !== undefined && label !== undefined) {
        const tampered = key !== exact
        carried.set(exchange.seq, { label, token: carriedToken, issuedBy: issuer, tampered })
        if (!tampered) issuedTokens.get(issuer)?.usedBy.push(exchange.seq)
      }
    }
    if (issuedToken !== undefined) {
      const key = `${lesson}\n${issuedToken}`
      let label = labels.get(key)
      if (label === undefined) {
        label = `T${labels.size + 1}`
        labels.set(key, label)
      }
      latestIssuer.set(key, exchange.seq)
      issuedTokens.set(exchange.seq, { label, token: issuedToken, usedBy: [] })
      const parts = jwtParts(issuedToken)
      if (parts) {
        if (parts.signature !== '') bySignature.set(`${lesson}\n${parts.signature}`, key)
        byContent.set(`${lesson}\n${parts.content}`, key)
      }
    }
  }
  return { issued: issuedTokens, carried }
}

function jwtParts(token: string): { content: string; signature: string } | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  return { content: `${parts[0] ?? ''}.${parts[1] ?? ''}`, signature: parts[2] ?? '' }
}
