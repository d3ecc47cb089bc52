// The lesson's sections as an accordion (WAI-ARIA's pattern: each heading holds a button that
// shows or hides its section). On arrival every section is closed: the introduction, then the
// lesson's outline, with "Try this" a short scroll below. One section is open at a time, and each
// ends with a button to the next, so the lesson reads as steps. A closed section stays findable:
// the browser's find-in-page opens it (hidden="until-found").
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import Markdown from 'react-markdown'
import type { StorySection } from './story-sections'

/** Inline Markdown (a heading's code spans), without the paragraph around it. */
function InlineMarkdown({ children }: { readonly children: string }) {
  return (
    <Markdown skipHtml components={{ p: ({ children: inline }) => inline }}>
      {children}
    </Markdown>
  )
}

export function StorySteps({ sections }: { readonly sections: readonly StorySection[] }) {
  const idPrefix = useId()
  const [open, setOpen] = useState<number | undefined>()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  // Set by a click: the section opened then is brought into view once the one above has closed.
  const reveal = useRef(false)

  useLayoutEffect(() => {
    if (!reveal.current || open === undefined) return
    reveal.current = false
    buttons.current[open]?.scrollIntoView({ block: 'nearest' })
  }, [open])

  const choose = (index: number | undefined) => {
    reveal.current = true
    setOpen(index)
  }

  return (
    <div className="story-steps">
      {sections.map((section, index) => {
        const isOpen = index === open
        const bodyId = `${idPrefix}-section-${index}`
        const next = sections[index + 1]
        return (
          <div key={index} className={`story-section${isOpen ? ' is-open' : ''}`}>
            <h2 className="story-section-heading">
              <button
                ref={(element) => {
                  buttons.current[index] = element
                }}
                type="button"
                aria-expanded={isOpen}
                aria-controls={bodyId}
                onClick={() => {
                  choose(isOpen ? undefined : index)
                }}
              >
                <span aria-hidden="true" className="story-section-caret">
                  {isOpen ? '▾' : '▸'}
                </span>
                <span>
                  <InlineMarkdown>{section.title}</InlineMarkdown>
                </span>
              </button>
            </h2>
            <SectionBody id={bodyId} index={index} open={isOpen} onFound={setOpen}>
              <Markdown skipHtml>{section.body}</Markdown>
              <p className="story-next">
                {next ? (
                  <button
                    type="button"
                    onClick={() => {
                      choose(index + 1)
                      buttons.current[index + 1]?.focus({ preventScroll: true })
                    }}
                  >
                    Next: <InlineMarkdown>{next.title}</InlineMarkdown>
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => {
                      document.getElementById('try-this-heading')?.scrollIntoView({ block: 'start' })
                    }}
                  >
                    Next: Try this
                  </button>
                )}
              </p>
            </SectionBody>
          </div>
        )
      })}
    </div>
  )
}

interface SectionBodyProps {
  readonly id: string
  readonly index: number
  readonly open: boolean
  /** Find-in-page matched text inside this closed section. */
  readonly onFound: (index: number) => void
  readonly children: ReactNode
}

/** React knows `hidden` only as true or false: "until-found" is set here, before the paint. */
function SectionBody({ id, index, open, onFound, children }: SectionBodyProps) {
  const body = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = body.current
    if (!element) return
    if (open) element.removeAttribute('hidden')
    else element.setAttribute('hidden', 'until-found')
    const onBeforeMatch = () => {
      onFound(index)
    }
    element.addEventListener('beforematch', onBeforeMatch)
    return () => {
      element.removeEventListener('beforematch', onBeforeMatch)
    }
  }, [open, index, onFound])
  return (
    <div ref={body} id={id} className="story-section-body">
      {children}
    </div>
  )
}
