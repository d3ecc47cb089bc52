// What the build leaves out of Swagger UI, or loads after its first screen (vite.config.ts applies
// it to `vite build`): modules that swagger-ui-react and swagger-client import, redirected to
// the small modules of this folder. Only their imports are redirected; the playground's own code
// still reaches the real modules (the lazy loaders below do). Each replacement says why.
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

const STRATEGIES = 'swagger-client/es/resolver/strategies'
const HLJS_LANGUAGE = /^react-syntax-highlighter\/dist\/esm\/languages\/hljs\/([a-z]+)$/

/** Import specifier, as Swagger UI or swagger-client writes it, to the file that replaces it. */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  [`${STRATEGIES}/openapi-3-1-apidom`, here('./openapi-31-strategy.ts')],
  [`${STRATEGIES}/openapi-3-2-apidom`, here('./openapi-32-strategy.ts')],
  [`${STRATEGIES}/json-schema-2020-12-apidom`, here('./json-schema-strategy.ts')],
  ['js-yaml', here('./js-yaml-json-only.ts')],
  ['remarkable', here('./remarkable-left-out.ts')],
  ['remarkable/linkify', here('./remarkable-left-out.ts')],
  ['dompurify', here('./dompurify-left-out.ts')],
  ['react-syntax-highlighter/dist/esm/light', here('./lazy-syntax-highlighter.tsx')],
  ['@babel/runtime-corejs3/helpers/extends', here('./extends-native.ts')],
  ['@babel/runtime-corejs3/core-js-stable/instance/includes', here('./includes-native.ts')],
  ['@babel/runtime-corejs3/core-js/aggregate-error', here('./aggregate-error-native.ts')],
  ['lodash/fp/set', here('./lodash-fp-set.ts')],
  ['lodash/fp/assocPath', here('./lodash-fp-set.ts')],
  ['to-buffer', here('./to-buffer-utf8.ts')],
])

/** The importers whose imports are redirected: Swagger UI, its client, and the client's error classes. */
const SWAGGER_UI = /\/node_modules\/(?:swagger-ui-react|swagger-client|@swagger-api\/apidom-error)\//

/** A highlight.js language Swagger UI registers becomes its name; the grammar loads with the highlighter. */
const LANGUAGE_PREFIX = '\0bearer-playground:hljs-language:'

/**
 * The module to load instead of `source` imported by `importer`: a file of this folder, a
 * highlight.js language's name (a virtual module), or null for the module itself.
 */
export function replacementFor(source: string, importer: string | undefined): string | null {
  if (importer === undefined || !SWAGGER_UI.test(importer)) return null
  const language = HLJS_LANGUAGE.exec(source)?.[1]
  if (language !== undefined) return `${LANGUAGE_PREFIX}${language}`
  return REPLACEMENTS.get(source) ?? null
}

/** What was replaced, by specifier; the languages count as one. */
const replacedKey = (source: string) => (HLJS_LANGUAGE.test(source) ? LANGUAGES : source)
const LANGUAGES = 'react-syntax-highlighter/dist/esm/languages/hljs/*'

/** The replacements a build never used: after an upgrade, Swagger UI may import other modules. */
export function unusedReplacements(used: ReadonlySet<string>): string[] {
  return [...REPLACEMENTS.keys(), LANGUAGES].filter((specifier) => !used.has(specifier))
}

export function swaggerUiTrim(): Plugin {
  const used = new Set<string>()
  return {
    name: 'bearer-playground:swagger-ui-trim',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const replacement = replacementFor(source, importer)
      if (replacement !== null) used.add(replacedKey(source))
      return replacement
    },
    load(id) {
      if (!id.startsWith(LANGUAGE_PREFIX)) return null
      const language = id.slice(LANGUAGE_PREFIX.length)
      return `export default Object.freeze({ lazyLanguage: ${JSON.stringify(language)} })`
    },
    buildEnd(error) {
      if (error) return
      const unused = unusedReplacements(used)
      if (unused.length > 0) {
        throw new Error(`swagger-ui-trim: Swagger UI no longer imports ${unused.join(', ')}; review the replacements`)
      }
    },
  }
}
