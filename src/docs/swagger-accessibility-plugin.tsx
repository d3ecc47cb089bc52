// A Swagger UI plugin that draws the parts of its markup that assistive technology misreads:
// the layout (no second <main>), the Authorize popup (a named dialog), button names that
// contain the words on the button, and fields named by their labels. What a plugin cannot reach
// is patched by swagger-accessibility.ts.
import { AuthorizationDialog } from './authorization-dialog'
import { DOCS_LAYOUT, DocsLayout } from './docs-layout'
import type { SwaggerComponent, SwaggerComponentProps } from './swagger-system'

/**
 * An accessible name that starts with the button's visible words, keeping Swagger UI's longer
 * label after them: speech users say what they see ("click Logout"), and WCAG 2.5.3 asks for
 * the visible words in the name. Swagger UI's "Logout" button is named "Remove authorization".
 */
export function nameWithVisibleText(visible: string, label: string): string {
  const words = visible.trim()
  if (words === '' || label.toLowerCase().includes(words.toLowerCase())) return label
  return `${words} (${label.charAt(0).toLowerCase()}${label.slice(1)})`
}

function wrapButton(Original: SwaggerComponent): SwaggerComponent {
  return function NamedButton(props: SwaggerComponentProps) {
    const label = props['aria-label']
    if (typeof label !== 'string' || typeof props.children !== 'string') return <Original {...props} />
    return <Original {...props} aria-label={nameWithVisibleText(props.children, label)} />
  }
}

/**
 * Swagger UI names the HTTP Basic and Bearer fields with an aria-label that repeats their id
 * ("auth-basic-username"), which hides the visible label ("Username:") from a screen reader.
 * Without it, the <label for> names the field.
 */
function wrapInput(Original: SwaggerComponent): SwaggerComponent {
  return function LabelledInput(props: SwaggerComponentProps) {
    const { 'aria-label': label, ...rest } = props
    return label !== undefined && label === props.id ? <Original {...rest} /> : <Original {...props} />
  }
}

export function swaggerAccessibilityPlugin() {
  return {
    components: {
      [DOCS_LAYOUT]: DocsLayout,
      authorizationPopup: AuthorizationDialog,
    },
    wrapComponents: {
      Button: wrapButton,
      Input: wrapInput,
    },
  }
}
