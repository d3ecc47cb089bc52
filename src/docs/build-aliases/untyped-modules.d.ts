// Types for the few files of swagger-client, js-yaml, remarkable, react-syntax-highlighter and
// lodash/fp (JavaScript, without types of their own) that the replacements in this folder import,
// stand in for, or are tested against. An ambient module cannot import a relative file, so each
// spells out a strategy's shape (resolve-strategy.ts).

declare module 'swagger-client/es/resolver/strategies/generic' {
  const genericStrategy: {
    readonly name: string
    match(spec: unknown): boolean
    normalize(spec: unknown): unknown
    resolve(options: Record<string, unknown>): Promise<{ spec: unknown; errors: unknown[] }>
  }
  export { genericStrategy as default }
}

declare module 'swagger-client/es/resolver/strategies/openapi-3-1-apidom' {
  const openApi31Strategy: {
    readonly name: string
    match(spec: unknown): boolean
    normalize(spec: unknown): unknown
    resolve(options: Record<string, unknown>): Promise<{ spec: unknown; errors: unknown[] }>
  }
  export { openApi31Strategy as default }
}

declare module 'swagger-client/es/resolver' {
  export function makeResolve(defaults: {
    strategies: readonly object[]
  }): (options: Record<string, unknown>) => Promise<{ spec: unknown; errors: unknown[] }>
}

declare module 'swagger-client/es/subtree-resolver' {
  export function makeResolveSubtree(defaults: {
    strategies: readonly object[]
  }): (
    spec: unknown,
    path: readonly string[],
    options?: Record<string, unknown>,
  ) => Promise<{ spec: unknown; errors: unknown[] }>
}

declare module 'swagger-client/es/helpers/openapi-predicates' {
  export function isOpenAPI31(spec: unknown): boolean
  export function isOpenAPI32(spec: unknown): boolean
}

declare module 'swagger-client/es/helpers/json-schema-predicates' {
  export function isJSONSchema202012(spec: unknown): boolean
}

declare module 'js-yaml' {
  export const JSON_SCHEMA: object
  export function load(text: string, options?: { schema?: object }): unknown
  const jsYaml: { load: typeof load; JSON_SCHEMA: object }
  export { jsYaml as default }
}

declare module 'remarkable' {
  export class Remarkable {
    constructor(preset?: string)
    readonly block: { readonly ruler: { enable(rules: readonly string[]): void } }
    set(options: Record<string, unknown>): void
    render(source: string): string
  }
}

declare module 'react-syntax-highlighter/dist/esm/light' {
  import type { ComponentType, CSSProperties, ReactNode } from 'react'
  const Light: ComponentType<{
    readonly language?: string
    readonly className?: string
    readonly style?: Readonly<Record<string, CSSProperties>>
    readonly children?: ReactNode
  }> & { registerLanguage(name: string, grammar: unknown): void }
  export { Light as default }
}

declare module 'react-syntax-highlighter/dist/esm/languages/hljs/*' {
  const grammar: unknown
  export { grammar as default }
}

declare module 'lodash/fp/set' {
  const set: (path: unknown, value: unknown, object: unknown) => unknown
  export { set as default }
}
