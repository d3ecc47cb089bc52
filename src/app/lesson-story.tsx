// The lesson's Markdown and its Python source, highlighted. Loaded lazily: the Markdown and
// highlighting libraries are not needed for the shell's first paint.
import hljs from 'highlight.js/lib/core'
import python from 'highlight.js/lib/languages/python'
import 'highlight.js/styles/github.css'
import { useMemo } from 'react'
import Markdown from 'react-markdown'
import type { LessonContent } from '../lessons/lesson'

hljs.registerLanguage('python', python)

export function LessonStory({ content }: { readonly content: LessonContent }) {
  // highlight.js escapes the source before adding its spans, so this HTML holds no markup of ours.
  const highlighted = useMemo(
    () => hljs.highlight(content.pythonSource, { language: 'python' }).value,
    [content.pythonSource],
  )
  return (
    <>
      <div className="lesson-story">
        <Markdown skipHtml>{content.story}</Markdown>
      </div>
      <details className="python-source">
        <summary>The same app in FastAPI (Python)</summary>
        <pre>
          <code className="hljs language-python" dangerouslySetInnerHTML={{ __html: highlighted }} />
        </pre>
      </details>
    </>
  )
}
