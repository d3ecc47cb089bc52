import postcss from 'postcss'
import { describe, expect, it } from 'vitest'
import { classNamer, requiredClasses, swaggerCssTrim, trimStylesheet } from './swagger-css-trim'

const trimmed = (css: string, ...sources: string[]) => {
  const root = postcss.parse(css)
  trimStylesheet(root, classNamer(sources))
  return root.toString().replace(/\s+/g, ' ').trim()
}

describe('which classes a script can set', () => {
  const named = classNamer([`el.className = "opblock opblock-" + method; x = 'model-toggle'; y = base + "-wrapper"`])

  it('names every word of the source, and names built from a start or an end it spells out', () => {
    expect(named('model-toggle')).toBe(true)
    expect(named('opblock-get')).toBe(true)
    expect(named('servers-wrapper')).toBe(true)
    expect(named('garamond')).toBe(false)
  })

  it('does not take a two-letter start or end for one, which would keep almost every class', () => {
    expect(classNamer(['"-l" + "ab-"'])('measure-l')).toBe(false)
    expect(classNamer(['"-l" + "ab-"'])('ab-12')).toBe(false)
  })
})

describe('the classes a selector requires', () => {
  it('lists the classes of every compound, and none inside :not() or :has()', () => {
    expect(requiredClasses('.swagger-ui .opblock.is-open > h4:not(.prop) span')).toEqual([
      'swagger-ui',
      'opblock',
      'is-open',
    ])
    expect(requiredClasses('.a:not(:has(.b)) .c')).toEqual(['a', 'c'])
    expect(requiredClasses('html body > div')).toEqual([])
  })
})

describe('trimming a stylesheet', () => {
  const source = `"swagger-ui"; "opblock opblock-" + m; "prop"`

  it('drops the rules that require a class nothing sets, media queries left empty included', () => {
    expect(
      trimmed(
        '.swagger-ui .opblock-get { color: red } .garamond { font-family: garamond } @media (min-width: 30em) { .measure-ns { width: 1px } }',
        source,
      ),
    ).toBe('.swagger-ui .opblock-get { color: red }')
  })

  it('keeps a rule for its selectors that can match, and element selectors always', () => {
    expect(trimmed('.garamond, .swagger-ui h4 { margin: 0 } body { margin: 0 }', source)).toBe(
      '.swagger-ui h4 { margin: 0 } body { margin: 0 }',
    )
  })

  it('keeps a rule that only excludes a class nothing sets: :not(.x) matches every element', () => {
    expect(trimmed('.swagger-ui :not(.dark-mode) { color: black }', source)).toBe(
      '.swagger-ui :not(.dark-mode) { color: black }',
    )
  })
})

describe('the build’s plugin', () => {
  it('trims Swagger UI’s own stylesheet and leaves every other stylesheet whole', async () => {
    const css = '.garamond { font-family: garamond } .swagger-ui .opblock-get { color: red }'
    const swagger = await postcss([swaggerCssTrim()]).process(css, {
      from: '/repo/node_modules/swagger-ui-react/swagger-ui.css',
    })
    const ours = await postcss([swaggerCssTrim()]).process(css, { from: '/repo/src/docs/swagger-compact.css' })
    expect(swagger.css).not.toContain('garamond')
    expect(swagger.css).toContain('.opblock-get')
    expect(ours.css).toBe(css)
  })
})
