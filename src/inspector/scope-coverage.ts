// What a token's scopes open, operation by operation: the OpenAPI document says what each
// operation needs, the JWT's `scope` claim says what was granted. Swagger UI's padlocks close for
// any token, so this is where a learner sees the difference.

export interface OperationScopes {
  readonly method: string
  readonly path: string
  /** Every scope the operation's OAuth2 security requirements list, in the document's order. */
  readonly needs: readonly string[]
}

export interface ScopeCoverage extends OperationScopes {
  readonly missing: readonly string[]
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

type JsonRecord = Readonly<Record<string, unknown>>

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The operations that have a security requirement, from an OpenAPI document's text. */
export function operationScopesFromDocument(body: string): readonly OperationScopes[] | undefined {
  let document: unknown
  try {
    document = JSON.parse(body)
  } catch {
    return undefined
  }
  if (!isRecord(document) || !isRecord(document.paths)) return undefined
  const operations: OperationScopes[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isRecord(item)) continue
    for (const method of METHODS) {
      const operation = item[method]
      if (!isRecord(operation) || !Array.isArray(operation.security)) continue
      const needs: string[] = []
      for (const requirement of operation.security as unknown[]) {
        if (!isRecord(requirement)) continue
        for (const scopes of Object.values(requirement)) {
          if (!Array.isArray(scopes)) continue
          for (const scope of scopes) if (typeof scope === 'string' && !needs.includes(scope)) needs.push(scope)
        }
      }
      operations.push({ method: method.toUpperCase(), path, needs })
    }
  }
  return operations
}

/** The scopes a JWT payload grants: tutorial005 writes them space-separated in `scope`. */
export function grantedScopes(payload: JsonRecord): readonly string[] | undefined {
  const { scope } = payload
  return typeof scope === 'string' ? scope.split(' ').filter((part) => part !== '') : undefined
}

export function scopeCoverage(granted: readonly string[], operations: readonly OperationScopes[]): ScopeCoverage[] {
  return operations.map((operation) => ({
    ...operation,
    missing: operation.needs.filter((scope) => !granted.includes(scope)),
  }))
}
