// The lesson's mistakes, each a link that reloads the lesson with that mistake switched on.
import type { LessonMistake } from '../lessons/mistake'

interface BreakItListProps {
  readonly mistakes: readonly LessonMistake[]
  readonly done: readonly string[]
  readonly hrefFor: (mistakeId: string) => string
}

export function BreakItList({ mistakes, done, hrefFor }: BreakItListProps) {
  if (mistakes.length === 0) return null
  return (
    <section className="break-it" aria-labelledby="break-it-heading">
      <h2 id="break-it-heading">Break it on purpose</h2>
      <p className="try-this-summary">
        The ways this app goes wrong that FastAPI users ask about most. Each link opens the lesson with one mistake
        switched on; a fresh load without it gives the tutorial’s app back.
      </p>
      <ul>
        {mistakes.map((mistake) => (
          <li key={mistake.id}>
            <a href={hrefFor(mistake.id)}>{mistake.title}</a>
            {done.includes(mistake.id) && <span className="experiment-state"> ✓ seen</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
