// Once the first screen has drawn, the worker keeps a copy of the files the page loaded, so that
// reloading the lesson without a network still works (server/msw/offline-copy.ts).
import { useEffect } from 'react'
import { keepFilesForOffline } from '../server/msw/offline-copy'
import type { FirstScreen } from '../ui/first-screen'

export function useOfflineCopy(firstScreen: FirstScreen, base: URL): void {
  useEffect(() => {
    let stop: (() => void) | undefined
    const startOnceDrawn = () => {
      if (stop || !firstScreen.isDrawn()) return
      stop = keepFilesForOffline(base)
    }
    const unsubscribe = firstScreen.subscribe(startOnceDrawn)
    startOnceDrawn()
    return () => {
      unsubscribe()
      stop?.()
    }
  }, [firstScreen, base])
}
