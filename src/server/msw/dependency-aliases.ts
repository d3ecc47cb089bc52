// Module aliases the build applies for msw's sake (vite.config.ts reads them), kept with the rest
// of what the playground knows of msw.
import { fileURLToPath } from 'node:url'

/**
 * msw's cookie store gets an empty jar instead of tough-cookie and its public-suffix list (tldts):
 * msw keeps that jar only for an argument the playground's handler never reads
 * (tough-cookie-stand-in.ts says why, its test pins what msw uses). The mock's chunk is the smaller
 * for it, and starts the sooner.
 */
export const MSW_DEPENDENCY_ALIASES: Readonly<Record<string, string>> = {
  'tough-cookie': fileURLToPath(new URL('./tough-cookie-stand-in.ts', import.meta.url)),
}
