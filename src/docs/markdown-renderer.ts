// Swagger UI's Markdown for OpenAPI 3 documents, as its OAS3 Markdown component renders it:
// remarkable's CommonMark preset with tables, links opening a new tab, and its DOMPurify settings
// (no style or form elements, no style or class attributes, rel="noopener noreferrer" on links).
// Loaded by lazy-markdown.tsx after the first screen.
import DOMPurify from 'dompurify'
import { Remarkable } from 'remarkable'

const parser = new Remarkable('commonmark')
parser.block.ruler.enable(['table'])
parser.set({ linkTarget: '_blank' })

const purifier = DOMPurify(window)
purifier.addHook('beforeSanitizeElements', (node) => {
  if (node instanceof Element && 'href' in node && node.href) node.setAttribute('rel', 'noopener noreferrer')
  return node
})

/** The sanitised HTML of `source`, trimmed, as Swagger UI puts it in the page. */
export function renderMarkdown(source: string): string {
  return purifier
    .sanitize(parser.render(source), {
      ADD_ATTR: ['target'],
      FORBID_TAGS: ['style', 'form'],
      ALLOW_DATA_ATTR: false,
      FORBID_ATTR: ['style', 'class'],
    })
    .trim()
}
