// The learner's own server as page state: read from ?server= on load and on Back/Forward, and
// chosen from the form, which puts it in the URL (shareable, kept across lesson links) and
// remembers what was typed for this tab only. A link never connects to another host by itself
// (own-server-state.ts), and no address that came from a link is stored.
import { useEffect, useState } from 'react'
import { sessionStore } from '../ui/safe-storage'
import { afterAgreement, afterChoice, afterNavigation, ownServerView, type OwnServerView } from './own-server-state'
import { rememberServer, serverFromSearch, serverHref, type ServerAddress } from './server-location'

export interface OwnServer {
  readonly view: OwnServerView
  /** Points the page at a server the learner typed, or back at the stand-in with `undefined`. */
  readonly choose: (written: string | undefined) => void
  /** The learner agreed to connect to the host a link named (`view.state === 'asking'`). */
  readonly agree: () => void
  /** The learner stays on the stand-in instead: the link's server leaves the URL, in place. */
  readonly decline: () => void
}

function fromPage(): ServerAddress | undefined {
  return serverFromSearch(window.location.search, new URL(window.location.href))
}

export function useOwnServer(): OwnServer {
  const [state, setState] = useState(() => afterNavigation({ address: undefined, agreed: undefined }, fromPage()))
  useEffect(() => {
    const onPopState = () => {
      setState((current) => afterNavigation(current, fromPage()))
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('popstate', onPopState)
    }
  }, [])
  return {
    view: ownServerView(state, new URL(window.location.href)),
    choose(written) {
      // Only what the learner typed is remembered; the form calls this, a link never does.
      if (written !== undefined) rememberServer(sessionStore(), written)
      window.history.pushState(null, '', serverHref(new URL(window.location.href), written))
      setState(afterChoice(fromPage()))
    },
    agree() {
      setState(afterAgreement)
    },
    decline() {
      // Replaced, not pushed: Back leads to where the learner came from, not to the question again.
      window.history.replaceState(null, '', serverHref(new URL(window.location.href), undefined))
      setState(afterChoice(fromPage()))
    },
  }
}
