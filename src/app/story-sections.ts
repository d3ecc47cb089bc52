// A lesson's Markdown cut at its `##` headings: the introduction before the first one, then one
// section per heading, so that the page can show the text a section at a time.

export interface StorySection {
  /** The heading's Markdown, without the `## `. */
  readonly title: string
  /** The section's Markdown, up to the next `##` heading. */
  readonly body: string
}

export interface StorySections {
  readonly intro: string
  readonly sections: readonly StorySection[]
}

const SECTION_HEADING = /^## +(.+?)\s*#*\s*$/
const FENCE = /^\s*(```|~~~)/

/** A `##` inside a fenced code block is code, not a heading. */
export function storySections(markdown: string): StorySections {
  const intro: string[] = []
  const sections: { title: string; lines: string[] }[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = FENCE.exec(line)?.[1]
    if (marker !== undefined) fence = fence === undefined ? marker : fence === marker ? undefined : fence
    const heading = fence === undefined && marker === undefined ? SECTION_HEADING.exec(line) : null
    if (heading?.[1] !== undefined) sections.push({ title: heading[1], lines: [] })
    else (sections.at(-1)?.lines ?? intro).push(line)
  }
  return {
    intro: intro.join('\n').trim(),
    sections: sections.map((section) => ({ title: section.title, body: section.lines.join('\n').trim() })),
  }
}
