// What Swagger UI's markup lacks for assistive technology and no plugin can reach without copying
// a whole component: a name for the servers <select> (inside Swagger UI's Servers, which holds
// the selection logic), heading levels for the document's title (deep in Info) and for an OAuth2
// scheme's scopes, keyboard access to the dialog's "select all" / "select none" scopes (deep in the
// OAuth2 form), a name for each operation's responses table, and keyboard access to a curl command
// too wide for its box. The rest is drawn right by swagger-accessibility-plugin.tsx. Swagger UI
// re-renders often, so new elements are patched as they appear; React leaves these attributes
// alone, since Swagger UI never sets them.

/** The OAuth2 form's "select all" and "select none", drawn as <a> without an href. */
const SCOPE_SELECTORS = '.scopes h2 a:not([href])'

const PATCHES: readonly (readonly [selector: string, attribute: string, value: string])[] = [
  ['select#servers', 'aria-label', 'Servers'],
  // The document's title sits below the lesson's h1, and the operations' tags below that title.
  ['.swagger-ui .info h1.title', 'aria-level', '2'],
  // An OAuth2 scheme's "Scopes:" is an h2 inside the scheme's h4: with a second scheme after it,
  // the headings would jump from 2 to 4.
  ['.scopes h2', 'aria-level', '5'],
  // Links without an href, which only a mouse can follow: buttons, in the tab order.
  [SCOPE_SELECTORS, 'role', 'button'],
  [SCOPE_SELECTORS, 'tabindex', '0'],
]

/** Patches whose value depends on where the element is. */
const COMPUTED_PATCHES: readonly (readonly [
  selector: string,
  attribute: string,
  value: (element: Element) => string | undefined,
])[] = [
  // Each operation's responses table is a region without a name: two operations open make two
  // regions nobody can tell apart. Named after its operation, as the summary shows it.
  ['table.responses-table[role="region"]', 'aria-label', responsesName],
  // A scrollable box the keyboard cannot reach: a long curl command (a form body, a long token)
  // scrolls sideways, and only a focusable box scrolls with the arrow keys.
  ['.curl-command .curl', 'tabindex', () => '0'],
]

function responsesName(table: Element): string | undefined {
  const summary = table.closest('.opblock')
  const method = summary?.querySelector('.opblock-summary-method')?.textContent
  const path = summary?.querySelector('[data-path]')?.getAttribute('data-path')
  return method && path ? `Responses of ${method} ${path}` : undefined
}

function patch(root: ParentNode): void {
  for (const [selector, attribute, value] of PATCHES) {
    for (const element of root.querySelectorAll(selector)) {
      if (element.getAttribute(attribute) !== value) element.setAttribute(attribute, value)
    }
  }
  for (const [selector, attribute, valueOf] of COMPUTED_PATCHES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = valueOf(element)
      if (value !== undefined && element.getAttribute(attribute) !== value) element.setAttribute(attribute, value)
    }
  }
}

/** Patches Swagger UI's markup inside `root` now and whenever it changes; returns the undo of the watch. */
export function watchSwaggerAccessibility(root: HTMLElement): () => void {
  patch(root)
  const observer = new MutationObserver(() => {
    patch(root)
  })
  observer.observe(root, { childList: true, subtree: true })
  // What a button does with the keyboard: Enter and Space press it.
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      target instanceof HTMLElement &&
      target.matches(SCOPE_SELECTORS)
    ) {
      event.preventDefault()
      target.click()
    }
  }
  root.addEventListener('keydown', onKeyDown)
  return () => {
    observer.disconnect()
    root.removeEventListener('keydown', onKeyDown)
  }
}
