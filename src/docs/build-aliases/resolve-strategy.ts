// The shape of a swagger-client resolver strategy: Swagger UI asks each, in order, whether it
// matches a document, then has the first that does normalize and resolve it.

export interface ResolveStrategy {
  readonly name: string
  match(spec: unknown): boolean
  normalize(spec: unknown): unknown
  resolve(options: Record<string, unknown>): Promise<{ spec: unknown; errors: unknown[] }>
}
