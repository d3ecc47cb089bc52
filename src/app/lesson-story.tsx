// The lesson's Markdown and its Python source in both forms, highlighted. Loaded lazily: the
// Markdown and highlighting libraries are not needed for the shell's first paint. The text reads
// a section at a time: its `##` headings are the steps of an accordion, one open at once.
import hljs from 'highlight.js/lib/core'
import python from 'highlight.js/lib/languages/python'
import 'highlight.js/styles/github.css'
import { useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import Markdown from 'react-markdown'
import type { LessonContent } from '../lessons/lesson'
import { StorySteps } from './story-steps'
import { storySections } from './story-sections'

hljs.registerLanguage('python', python)

/** The two ways FastAPI's docs write each app, shown as tabs in this order. */
const PYTHON_FORMS = [
  { label: 'main.py', source: (content: LessonContent) => content.pythonSource },
  {
    label: 'main_depends.py (before 0.95)',
    source: (content: LessonContent) => content.pythonSourceWithoutAnnotated,
  },
] as const

export function LessonStory({ content }: { readonly content: LessonContent }) {
  const { intro, sections } = useMemo(() => storySections(content.story), [content.story])
  return (
    <>
      <div className="lesson-story">
        {intro !== '' && <Markdown skipHtml>{intro}</Markdown>}
        {sections.length > 0 && <StorySteps sections={sections} />}
      </div>
      <details className="python-source">
        <summary>The same app in FastAPI (Python)</summary>
        <PythonSourceTabs content={content} />
      </details>
    </>
  )
}

/** WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between the forms. */
function PythonSourceTabs({ content }: { readonly content: LessonContent }) {
  const [selected, setSelected] = useState(0)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const idPrefix = useId()
  // highlight.js escapes the source before adding its spans, so this HTML holds no markup of ours.
  const highlighted = useMemo(
    () => PYTHON_FORMS.map((form) => hljs.highlight(form.source(content), { language: 'python' }).value),
    [content],
  )

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = PYTHON_FORMS.length - 1
    const next: Record<string, number> = {
      ArrowRight: selected === last ? 0 : selected + 1,
      ArrowLeft: selected === 0 ? last : selected - 1,
      Home: 0,
      End: last,
    }
    const index = next[event.key]
    if (index === undefined) return
    event.preventDefault()
    setSelected(index)
    tabs.current[index]?.focus()
  }

  return (
    <>
      <div className="python-form-tabs" role="tablist" aria-label="Form of the Python source" onKeyDown={onKeyDown}>
        {PYTHON_FORMS.map((form, index) => (
          <button
            key={form.label}
            ref={(element) => {
              tabs.current[index] = element
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${idPrefix}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => {
              setSelected(index)
            }}
          >
            {form.label}
          </button>
        ))}
      </div>
      {PYTHON_FORMS.map((form, index) => (
        // The <pre> scrolls sideways, so it is the panel and takes the focus: keys can scroll it.
        <pre
          key={form.label}
          role="tabpanel"
          id={`${idPrefix}-panel-${index}`}
          aria-labelledby={`${idPrefix}-tab-${index}`}
          tabIndex={0}
          hidden={index !== selected}
        >
          <code className="hljs language-python" dangerouslySetInnerHTML={{ __html: highlighted[index] ?? '' }} />
        </pre>
      ))}
    </>
  )
}
