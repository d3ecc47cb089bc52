// Swagger UI's Markdown component, replaced so that its parser and sanitiser (remarkable and
// DOMPurify, about a tenth of Swagger UI's bytes) load after the first screen: a lesson's first
// screen shows operations folded, with no Markdown in view. Until the renderer is there, the
// source shows as plain text in the same place; then the same HTML as Swagger UI's own.
import { useEffect, useState } from 'react'
import type { renderMarkdown as RenderMarkdown } from './markdown-renderer'

let renderer: typeof RenderMarkdown | undefined
let loading: Promise<typeof RenderMarkdown> | undefined

/** Fetches the renderer ahead of its first use (after-first-screen.ts); LazyMarkdown uses the same load. */
export function loadRenderer(): Promise<typeof RenderMarkdown> {
  loading ??= import('./markdown-renderer').then((module) => (renderer = module.renderMarkdown))
  return loading
}

interface MarkdownProps {
  readonly source?: unknown
  readonly className?: string
}

export function LazyMarkdown({ source, className = '' }: MarkdownProps) {
  const [render, setRender] = useState(() => renderer)
  const hasText = typeof source === 'string' && source !== ''
  useEffect(() => {
    // Swagger UI draws its Markdown component for absent descriptions too: load for text only.
    if (render || !hasText) return undefined
    let mounted = true
    loadRenderer().then(
      (loaded) => {
        if (mounted) setRender(() => loaded)
      },
      (error: unknown) => {
        // The text stays readable as it is; say why it was not formatted.
        console.error('Bearer Playground could not load its Markdown renderer', error)
      },
    )
    return () => {
      mounted = false
    }
  }, [render, hasText])
  if (!hasText) return null
  const classes = `${className} renderedMarkdown`.trim()
  if (!render) return <div className={classes}>{source}</div>
  return <div className={classes} dangerouslySetInnerHTML={{ __html: render(source) }} />
}

/** A Swagger UI plugin: its Markdown, for every description, becomes LazyMarkdown. */
export function lazyMarkdownPlugin() {
  return { components: { Markdown: LazyMarkdown } }
}
