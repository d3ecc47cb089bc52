// Batches what the polite live region says: at most one sentence per interval, covering every
// exchange that completed in it. Exchanges already there when the panel opened are not news.
import { useEffect, useRef, useState } from 'react'
import { isComplete, nextAnnouncement } from './announcement'
import type { Exchange } from './exchange'

export interface LiveAnnouncement {
  readonly text: string
  /** Changes with every announcement, so that repeating the same words is announced again. */
  readonly count: number
}

export function useAnnouncer(exchanges: readonly Exchange[], intervalMs = 1000): LiveAnnouncement {
  const [announcement, setAnnouncement] = useState<LiveAnnouncement>({ text: '', count: 0 })
  const latest = useRef(exchanges)
  const announced = useRef<ReadonlySet<string> | undefined>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    latest.current = exchanges
    if (announced.current === undefined) {
      announced.current = completedIds(exchanges)
      return
    }
    if (timer.current !== undefined) return
    timer.current = setTimeout(() => {
      timer.current = undefined
      const next = nextAnnouncement(latest.current, announced.current ?? new Set())
      // Forget exchanges that left the list, so the set stays as small as the list.
      announced.current = completedIds(latest.current)
      if (next) setAnnouncement((previous) => ({ text: next.text, count: previous.count + 1 }))
    }, intervalMs)
  }, [exchanges, intervalMs])

  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current)
      timer.current = undefined
    },
    [],
  )

  return announcement
}

function completedIds(exchanges: readonly Exchange[]): ReadonlySet<string> {
  return new Set(exchanges.filter(isComplete).map((exchange) => exchange.id))
}
