// In place of react-syntax-highlighter's light build, for Swagger UI's own import
// (swagger-ui-trim.ts). Code blocks (a response, a curl line) only appear after Execute, so the
// highlighter and its grammars load when the first one is drawn, not with the first screen; that
// block shows as plain text in the theme's colours until then. Swagger UI registers its languages
// when it starts: the build hands it their names (see swagger-ui-trim.ts), and the grammars
// themselves come with the highlighter.
import { useEffect, useState, type ComponentType, type CSSProperties, type ReactNode } from 'react'

interface HighlighterProps {
  readonly language?: string
  readonly className?: string
  readonly style?: Readonly<Record<string, CSSProperties>>
  readonly children?: ReactNode
}

type Highlighter = ComponentType<HighlighterProps>

/** Language name as Swagger UI registers it ("js") to the grammar's module name ("javascript"). */
const registered = new Map<string, string>()
let loaded: Highlighter | undefined
let loading: Promise<Highlighter> | undefined

/** Fetches the highlighter ahead of its first code block (after-first-screen.ts); the component uses the same load. */
export function load(): Promise<Highlighter> {
  loading ??= import('./syntax-highlighter-loaded').then(({ Light, GRAMMARS }) => {
    for (const [name, grammar] of registered) Light.registerLanguage(name, GRAMMARS[grammar])
    loaded = Light
    return Light
  })
  return loading
}

function registerLanguage(name: string, language: unknown): void {
  const grammar = (language as { lazyLanguage?: unknown } | null)?.lazyLanguage
  if (typeof grammar !== 'string' || !(grammar in LANGUAGE_NAMES)) {
    throw new Error(
      `Bearer Playground's lazy highlighter knows no grammar for "${name}": ` +
        'add it to src/docs/build-aliases/syntax-highlighter-loaded.ts',
    )
  }
  registered.set(name, grammar)
}

/** The grammars syntax-highlighter-loaded.ts provides; checked by its test. */
export const LANGUAGE_NAMES = { bash: 1, http: 1, javascript: 1, json: 1, powershell: 1, xml: 1, yaml: 1 } as const

function LazySyntaxHighlighter(props: HighlighterProps) {
  const [Real, setReal] = useState(() => loaded)
  useEffect(() => {
    if (Real) return undefined
    let mounted = true
    load().then(
      (highlighter) => {
        if (mounted) setReal(() => highlighter)
      },
      (error: unknown) => {
        // The code stays readable as plain text; say why it is not highlighted.
        console.error('Bearer Playground could not load its syntax highlighter', error)
      },
    )
    return () => {
      mounted = false
    }
  }, [Real])
  if (Real) return <Real {...props} />
  return (
    <pre className={props.className} style={props.style?.hljs}>
      <code>{props.children}</code>
    </pre>
  )
}

const LazyLight = Object.assign(LazySyntaxHighlighter, { registerLanguage })

// Swagger UI imports the highlighter by its default export.
export { LazyLight as default }
