// What the build leaves out of Swagger UI, as module aliases (vite.config.ts reads them): pieces
// of swagger-ui-react and swagger-client that FastAPI's documents never reach, each replaced by a
// small module of this folder. The reasons are in each replacement.
import { fileURLToPath } from 'node:url'

export interface ModuleAlias {
  readonly find: RegExp
  readonly replacement: string
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/** The exact module specifier, and no deeper path. */
const exactly = (specifier: string) => new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`)

const STRATEGIES = 'swagger-client/es/resolver/strategies'

export const SWAGGER_UI_ALIASES: readonly ModuleAlias[] = [
  { find: exactly(`${STRATEGIES}/openapi-3-1-apidom`), replacement: here('./openapi-31-strategy.ts') },
  { find: exactly(`${STRATEGIES}/openapi-3-2-apidom`), replacement: here('./openapi-32-strategy.ts') },
  { find: exactly(`${STRATEGIES}/json-schema-2020-12-apidom`), replacement: here('./json-schema-strategy.ts') },
  { find: exactly('js-yaml'), replacement: here('./js-yaml-json-only.ts') },
]
