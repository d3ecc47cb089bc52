// What the build leaves out of Swagger UI's stylesheet (vite.config.ts applies it to `vite build`).
// swagger-ui.css carries a whole utility-class library (Tachyons: `.garamond`, `.aspect-ratio--16x9`,
// `.debug-grid`…), about two thirds of its 28 KB gzip, that Swagger UI's markup never uses. A rule
// stays unless it requires a class that no script can set: one whose name appears nowhere in
// Swagger UI's code or the playground's, not even as the start or the end of a name built at run
// time (`"opblock-" + method`). What the page never shows cannot change how it looks.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin as PostCssPlugin, Root } from 'postcss'

/** Whether some script can give an element the class `name`. */
export type ClassNamer = (name: string) => boolean

/**
 * The class names scripts can set, read from their source text: every word of letters, digits, `-`
 * and `_` counts, and a word that ends in `-` or `_` (or starts with one) counts as the start (or
 * the end) of names built at run time. Reading more than the string literals only keeps more.
 */
export function classNamer(sources: readonly string[]): ClassNamer {
  const words = new Set(sources.flatMap((source) => source.match(/[\w-]+/g) ?? []))
  // At least four characters: a bare `-l` or `x-` would keep most of the utility classes.
  const starts = [...words].filter((word) => /^[A-Za-z][\w-]{2,}[-_]$/.test(word))
  const ends = [...words].filter((word) => /^[-_][\w-]{2,}[A-Za-z\d]$/.test(word))
  return (name) =>
    words.has(name) || starts.some((start) => name.startsWith(start)) || ends.some((end) => name.endsWith(end))
}

/**
 * The classes an element must have for `selector` to match it. A class inside a functional
 * pseudo-class (`:not(.a)`, `:has(.b)`) is not required, and may well be missing.
 */
export function requiredClasses(selector: string): string[] {
  let outside = ''
  let depth = 0
  for (const character of selector) {
    if (character === '(') depth += 1
    if (depth === 0) outside += character
    if (character === ')') depth -= 1
  }
  return [...outside.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((match) => match[1] ?? '')
}

/** Drops from `root` every selector that requires a class `named` says no script sets. */
export function trimStylesheet(root: Root, named: ClassNamer): void {
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => requiredClasses(selector).every(named))
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selectors = kept
  })
  // Media queries and the like left without a rule.
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove()
  })
}

const STYLESHEET = /\/node_modules\/swagger-ui-react\/swagger-ui\.css$/

/** The scripts that set classes in Swagger UI's pane: Swagger UI's own bundle, and the playground's code. */
function classSettingSources(): string[] {
  const swaggerUi = dirname(createRequire(import.meta.url).resolve('swagger-ui-react/swagger-ui.css'))
  const playground = fileURLToPath(new URL('../..', import.meta.url))
  const playgroundFiles = readdirSync(playground, { recursive: true, encoding: 'utf8' })
    // Not the tests, nor this file: they name classes without setting them.
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('swagger-css-trim.ts'))
    .map((file) => join(playground, file))
  return [join(swaggerUi, 'swagger-ui-es-bundle-core.js'), join(swaggerUi, 'index.mjs'), ...playgroundFiles].map(
    (file) => readFileSync(file, 'utf8'),
  )
}

/** The PostCSS plugin for `vite build`: trims swagger-ui.css, and no other stylesheet. */
export function swaggerCssTrim(): PostCssPlugin {
  let named: ClassNamer | undefined
  return {
    postcssPlugin: 'bearer-playground:swagger-css-trim',
    Once(root) {
      if (!STYLESHEET.test(root.source?.input.file ?? '')) return
      named ??= classNamer(classSettingSources())
      trimStylesheet(root, named)
    },
  }
}
