// A path or a URL as text that may break between its parts and nowhere else: a narrow column
// puts `docs_src/security/` on one line and `tutorial001_an_py310.py` on the next, never `/ite`
// and `ms/`, nor at the hyphens of a query's value.
import { Fragment } from 'react'
import './breakable-path.css'

/**
 * The parts a line may end after: each "/" closes a part (a run of them, as in "http://", stays
 * whole), and "?", "&" and "#" open one, so a query string breaks between its parameters.
 * Joined, the parts are the text again.
 */
export function pathParts(text: string): string[] {
  return text.split(/(?<=\/)(?!\/)|(?=[?&#])/).filter((part) => part !== '')
}

export function BreakablePath({ text }: { readonly text: string }) {
  // <wbr> adds nothing to the text: copying it or reading it aloud gives the path unchanged. Each
  // part is kept on one line (a hyphen would be a break otherwise); one wider than its box is
  // the box's to clip or scroll.
  return pathParts(text).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      <span className="path-part">{part}</span>
    </Fragment>
  ))
}
