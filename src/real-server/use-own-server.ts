// The learner's own server as page state: read from ?server= on load and on Back/Forward, and
// chosen from the form, which puts it in the URL (shareable, kept across lesson links) and
// remembers what was typed for this tab only.
import { useEffect, useState } from 'react'
import { sessionStore } from '../ui/safe-storage'
import { rememberServer, serverFromSearch, serverHref, type ServerAddress } from './server-location'

export interface OwnServer {
  /** The address in the URL, valid or not; undefined while the stand-in answers. */
  readonly address: ServerAddress | undefined
  /** Points the page at a server, or back at the stand-in with `undefined`. */
  readonly choose: (written: string | undefined) => void
}

function fromPage(): ServerAddress | undefined {
  return serverFromSearch(window.location.search, new URL(window.location.href))
}

export function useOwnServer(): OwnServer {
  const [address, setAddress] = useState<ServerAddress | undefined>(fromPage)
  useEffect(() => {
    const onPopState = () => {
      setAddress(fromPage())
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('popstate', onPopState)
    }
  }, [])
  return {
    address,
    choose(written) {
      if (written !== undefined) rememberServer(sessionStore(), written)
      window.history.pushState(null, '', serverHref(new URL(window.location.href), written))
      setAddress(fromPage())
    },
  }
}
