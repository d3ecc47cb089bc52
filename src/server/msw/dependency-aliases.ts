// Module aliases the build applies for msw's sake (vite.config.ts reads them), kept with the rest
// of what the playground knows of msw.

/**
 * msw's cookie store asks tldts for public suffixes; tldts-experimental answers the same questions
 * from a packed list a fraction of the size, which shortens the mock's start.
 */
export const MSW_DEPENDENCY_ALIASES: Readonly<Record<string, string>> = { tldts: 'tldts-experimental' }
