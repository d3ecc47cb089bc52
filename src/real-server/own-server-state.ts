// What the page does with the server in its URL: nothing (the stand-in answers), connect, ask the
// learner first, or say why the address cannot be used. Pure, so that the rules are tested
// without a browser; use-own-server.ts keeps the state and moves it on.
import { connectsByItself } from './server-trust'
import type { ServerAddress } from './server-location'

export interface OwnServerState {
  /** The address in the page's URL, valid or not; undefined while the stand-in answers. */
  readonly address: ServerAddress | undefined
  /**
   * The root the learner chose in this page (typed in the form, or agreed to when asked), as
   * `URL.href`. Kept in memory while the URL names it, and never stored: a fresh page load asks again.
   */
  readonly agreed: string | undefined
}

export type OwnServerView =
  | { readonly state: 'stand-in' }
  | { readonly state: 'invalid'; readonly written: string; readonly problem: string }
  /** A link names a host other than this machine or the playground's origin: nothing is sent yet. */
  | { readonly state: 'asking'; readonly root: URL; readonly host: string }
  | { readonly state: 'connected'; readonly root: URL }

/** The state after the URL changed by a link, a reload, Back or Forward: only the same root stays agreed. */
export function afterNavigation(state: OwnServerState, next: ServerAddress | undefined): OwnServerState {
  const agreed = next?.ok && next.root.href === state.agreed ? state.agreed : undefined
  return { address: next, agreed }
}

/** The state after the learner chose a server in the form (or went back to the stand-in). */
export function afterChoice(next: ServerAddress | undefined): OwnServerState {
  return { address: next, agreed: next?.ok ? next.root.href : undefined }
}

/** The state after the learner agreed to connect to the host they were asked about. */
export function afterAgreement(state: OwnServerState): OwnServerState {
  return state.address?.ok ? { address: state.address, agreed: state.address.root.href } : state
}

export function ownServerView(state: OwnServerState, page: URL): OwnServerView {
  const { address } = state
  if (address === undefined) return { state: 'stand-in' }
  if (!address.ok) return { state: 'invalid', written: address.written, problem: address.problem }
  if (state.agreed === address.root.href || connectsByItself(address.root, page)) {
    return { state: 'connected', root: address.root }
  }
  // `URL` writes an international name in punycode (xn--…), which shows look-alike letters for what they are.
  return { state: 'asking', root: address.root, host: address.root.hostname }
}

/** The "Your own server" form is shown without a click while connected (the way back is there) or when the link's address was refused. */
export function ownServerFormOpens(view: OwnServerView): boolean {
  return view.state === 'connected' || view.state === 'invalid'
}
