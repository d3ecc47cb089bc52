// The end of every lesson: how to run the same app on your own machine, and where FastAPI
// teaches it.
import type { Lesson, LessonContent } from '../lessons/lesson'
import { isBeyondTheTutorial } from '../lessons/lesson-registry'
import { BreakablePath } from '../ui/breakable-path'
import { provenReleasesFor, provenReleasesText } from '../lessons/proven-versions'

interface TakeItHomeProps {
  readonly lesson: Lesson
  /** The lesson's own tests, once its content has loaded. */
  readonly tests?: LessonContent['takeHomeTest']
}

export function TakeItHome({ lesson, tests }: TakeItHomeProps) {
  return (
    <section className="take-it-home" aria-labelledby="take-it-home-heading">
      <h2 id="take-it-home-heading">Take it home</h2>
      <p>
        Save the Python source above as <code>main.py</code>, then, in a fresh virtual environment:
      </p>
      {/* Focusable: a narrow column scrolls it sideways, and the keyboard must reach that too. */}
      <pre tabIndex={0}>
        <code>{`${lesson.install}\nfastapi dev main.py`}</code>
      </pre>
      {tests && (
        <>
          <p>
            The lesson’s tests come with it: save them as <code>{tests.fileName}</code> beside <code>main.py</code> and
            run <code>python -m pytest</code>.
          </p>
          <pre tabIndex={0}>
            <code>{tests.source}</code>
          </pre>
        </>
      )}
      <p>
        Tested with {provenReleasesText(provenReleasesFor(lesson.install))}: the playground’s test suite runs this{' '}
        <code>main.py</code> on those releases.
      </p>
      <p>
        The same app answers at <code>http://127.0.0.1:8000</code>, with its docs at <code>/docs</code>. Every exchange
        in HTTP traffic can be copied as curl, or as a <code>TestClient</code> test that replays it against{' '}
        <code>main.py</code>.
      </p>
      <p>
        {isBeyondTheTutorial(lesson) ? (
          <>
            <a href={lesson.fastapiPage}>Read FastAPI’s reference for what this lesson builds on</a> (FastAPI’s{' '}
            <code className="code-path">
              <BreakablePath text={lesson.tutorialFile} />
            </code>
            ; this app is the playground’s own, not one of FastAPI’s tutorials).
          </>
        ) : (
          <>
            <a href={lesson.fastapiPage}>Read FastAPI’s own page for this lesson</a> (FastAPI’s{' '}
            <code className="code-path">
              <BreakablePath text={lesson.tutorialFile} />
            </code>
            ).
          </>
        )}
      </p>
    </section>
  )
}
