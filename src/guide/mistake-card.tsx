// The mistake switched on by `?mistake=`: what is wrong, the faulty code as a diff against the
// tutorial's main.py, how to see it, the fix, and where FastAPI users ran into it.
import Markdown from 'react-markdown'
import type { Lesson } from '../lessons/lesson'
import type { LessonMistake } from '../lessons/mistake'
import { SEE_IT_HAPPEN_ID } from './anchors'
import { applyEdits, diffLines } from './python-diff'
import { PythonDiffView } from './python-diff-view'
import { ExperimentItem } from './try-this-list'

interface MistakeCardProps {
  readonly lesson: Lesson
  readonly mistake: LessonMistake
  /** The lesson's main.py, once its content has loaded. */
  readonly pythonSource: string | undefined
  readonly done: boolean
  /** The same lesson without the mistake. */
  readonly offHref: string
}

export function MistakeCard({ lesson, mistake, pythonSource, done, offHref }: MistakeCardProps) {
  return (
    <section className="mistake-card" aria-labelledby="mistake-heading">
      <h2 id="mistake-heading">Mistake switched on: {mistake.title}</h2>
      <Markdown skipHtml>{mistake.summary}</Markdown>
      <h3>The code, with the mistake</h3>
      {mistake.edits.length === 0 ? (
        <p>
          Nothing: <code>main.py</code> is the tutorial’s own. This mistake happens in the browser, not in the code.
        </p>
      ) : pythonSource === undefined ? (
        <p role="status">Loading main.py…</p>
      ) : (
        <PythonDiffView
          lines={diffLines(pythonSource, applyEdits(pythonSource, mistake.edits))}
          label="main.py with the mistake, compared with the tutorial’s"
          removed="Tutorial’s line: "
          added="Line with the mistake: "
        />
      )}
      <h3 id={SEE_IT_HAPPEN_ID}>See it happen</h3>
      <ol className="experiments">
        <ExperimentItem lesson={lesson} experiment={mistake.experiment} done={done} highlighted={false} />
      </ol>
      <h3>The fix</h3>
      <Markdown skipHtml>{mistake.fix}</Markdown>
      <p>
        Where FastAPI users ran into it:{' '}
        {mistake.discussions.map((discussion, index) => (
          <span key={discussion.href}>
            {index > 0 && ', '}
            <a href={discussion.href} target="_blank" rel="noopener">
              {discussion.label}
              <span className="visually-hidden"> (opens a new tab)</span>
            </a>
          </span>
        ))}
        .
      </p>
      <p>
        <a href={offHref}>Switch the mistake off</a> to get the tutorial’s app back.
      </p>
    </section>
  )
}
