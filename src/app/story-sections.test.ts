import { describe, expect, it } from 'vitest'
import { lessons } from '../lessons/lesson-registry'
import { storySections } from './story-sections'

describe('storySections', () => {
  it('cuts the Markdown at its ## headings, the text before the first one being the introduction', () => {
    const markdown = 'Intro line.\n\n## Logging in: `POST /token`\n\nForm fields.\n\n## Using the token ##\n\nBearer.\n'
    expect(storySections(markdown)).toEqual({
      intro: 'Intro line.',
      sections: [
        { title: 'Logging in: `POST /token`', body: 'Form fields.' },
        { title: 'Using the token', body: 'Bearer.' },
      ],
    })
  })

  it('leaves ### headings and ## inside fenced code in their section', () => {
    const markdown = '## One\n\n### Part\n\n```python\n## not a heading\n```\n\n~~~\n## nor this\n~~~\n\n## Two\n'
    const { intro, sections } = storySections(markdown)
    expect(intro).toBe('')
    expect(sections.map((section) => section.title)).toEqual(['One', 'Two'])
    expect(sections[0]?.body).toContain('## not a heading')
    expect(sections[0]?.body).toContain('## nor this')
    expect(sections[0]?.body).toContain('### Part')
  })

  it('gives a story without headings as one introduction', () => {
    expect(storySections('Just text.\n')).toEqual({ intro: 'Just text.', sections: [] })
  })

  it('loses no line of any lesson’s story', async () => {
    for (const lesson of lessons) {
      const { story } = await lesson.load()
      const { intro, sections } = storySections(story)
      const words = (text: string) => text.split(/\s+/).filter((word) => word !== '' && word !== '##')
      const rebuilt = [intro, ...sections.flatMap((section) => [section.title, section.body])].join('\n')
      expect(words(rebuilt), lesson.id).toEqual(words(story))
    }
  })
})
