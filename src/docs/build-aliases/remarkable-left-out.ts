// In place of remarkable, for Swagger UI's own imports (swagger-ui-trim.ts). Swagger UI's Markdown
// components are replaced by lazy-markdown.tsx, which loads the real remarkable after the first
// screen; Swagger UI still builds a parser when its module loads, so construction and setup are
// accepted, and only rendering, which would mean its own Markdown ran after all, stops loudly.

function leftOut(): never {
  throw new Error(
    "Bearer Playground replaced Swagger UI's Markdown (src/docs/lazy-markdown.tsx); its built-in " +
      'remarkable is left out of the build and cannot render.',
  )
}

const ignoreRules = { enable: () => undefined, disable: () => undefined }

export class Remarkable {
  readonly block = { ruler: ignoreRules }
  readonly core = { ruler: ignoreRules }
  set(): void {}
  use(): this {
    return this
  }
  render(): never {
    return leftOut()
  }
}

export function linkify(): never {
  return leftOut()
}
