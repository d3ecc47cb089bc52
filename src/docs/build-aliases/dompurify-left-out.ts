// In place of DOMPurify, for Swagger UI's own imports (swagger-ui-trim.ts). Swagger UI only
// sanitises the HTML of its Markdown components, which lazy-markdown.tsx replaces (and sanitises
// with the real DOMPurify). Swagger UI still sets up its instance and hook when its module loads;
// sanitising through it, which would mean its own Markdown ran after all, stops loudly.

function sanitize(): never {
  throw new Error(
    "Bearer Playground replaced Swagger UI's Markdown (src/docs/lazy-markdown.tsx); its built-in " +
      'DOMPurify is left out of the build and cannot sanitise.',
  )
}

interface LeftOutPurifier {
  (window?: unknown): LeftOutPurifier
  addHook(): void
  sanitize(): never
}

const purifier: LeftOutPurifier = Object.assign(() => purifier, { addHook: () => undefined, sanitize })

// Swagger UI imports DOMPurify by its default export.
export { purifier as default }
