// Shown instead of connecting when a link names a server other than this machine or the
// playground's origin (own-server-state.ts): where the docs would go, what Authorize would send
// there, and the learner's two choices. Nothing is requested from that host until they agree.
import './own-server.css'

interface LinkedServerWarningProps {
  readonly root: URL
  /** The host as `URL` writes it: lower case, punycode for international names. */
  readonly host: string
  readonly onConnect: () => void
  readonly onStay: () => void
}

export function LinkedServerWarning({ root, host, onConnect, onStay }: LinkedServerWarningProps) {
  return (
    <section className="notice linked-server-warning" aria-labelledby="linked-server-heading">
      <h2 id="linked-server-heading">This link points the docs at {host}</h2>
      <p>
        The link you followed asks the playground to load its API docs from <code>{root.href}</code>, a server that is
        not on this machine. Nothing has been sent to {host} yet.
      </p>
      <p>
        <strong>
          If you connect, Authorize will send what you type in it (user names, passwords, client secrets) to {host}
        </strong>
        , and Try it out will send your requests there. Connect only if it is a FastAPI server you trust; otherwise stay
        on the stand-in, which runs in this page.
      </p>
      <p className="linked-server-choices">
        <button type="button" onClick={onConnect}>
          Connect to {host}
        </button>
        <button type="button" onClick={onStay}>
          Stay on the stand-in
        </button>
      </p>
    </section>
  )
}
