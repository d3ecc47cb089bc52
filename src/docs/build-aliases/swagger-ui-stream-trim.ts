// What the build leaves out of Swagger UI's core bundle itself (vite.config.ts applies it to
// `vite build`). The bundle keeps its own webpack module table, and in it Node's `stream` for the
// browser: stream-browserify, readable-stream and what they need (events, string_decoder,
// util-deprecate), 50 KB of its text, compiled and run on every cold load. Only the `xml` package
// asks for it, and it makes a Stream only when it streams: called with `{ stream: true }`, or given
// elements made by `xml.element()`. Swagger UI's XML examples call `xml(value, options)` with a
// declaration and an indent, and get a string back.
// So the `stream` module becomes a Stream that fails loudly if one is ever made, and each factory
// that nothing requires any more becomes an empty function.
import MagicString from 'magic-string'
import { parseSync, type Plugin } from 'vite'

interface AstNode {
  readonly type: string
  readonly start: number
  readonly end: number
  readonly [key: string]: unknown
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

/** Calls `visit` on `root` and every node below it; where `visit` returns false, not below that node. */
function walk(root: AstNode, visit: (node: AstNode) => boolean): void {
  const stack: AstNode[] = [root]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!visit(node)) continue
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) stack.push(...value.filter(isNode))
      else if (isNode(value)) stack.push(value)
    }
  }
}

const numberOf = (node: unknown): number | undefined =>
  isNode(node) && node.type === 'Literal' && typeof node['value'] === 'number' ? node['value'] : undefined

/** One entry of webpack's module table: `310:function(e,t,n){…}`, `n` being webpack's require. */
interface ModuleFactory {
  readonly id: number
  /** Where the function is in the bundle's text. */
  readonly start: number
  readonly end: number
  readonly requires: ReadonlySet<number>
}

const FUNCTION = /^(Arrow)?Function(Expression|Declaration)$/

/** Whether `fn` binds `name` itself: as a parameter, or by a `var` or function declaration in its body. */
function bindsName(fn: AstNode, name: unknown): boolean {
  const params: unknown[] = Array.isArray(fn['params']) ? fn['params'] : []
  let binds = params.some((param) => isNode(param) && param['name'] === name)
  const body = fn['body']
  if (!binds && isNode(body)) {
    walk(body, (node) => {
      if (node !== body && FUNCTION.test(node.type)) {
        if (node.type === 'FunctionDeclaration' && isNode(node['id']) && node['id']['name'] === name) binds = true
        return false
      }
      if (node.type === 'VariableDeclarator' && isNode(node['id']) && node['id']['name'] === name) binds = true
      if (node.type === 'CatchClause' && isNode(node['param']) && node['param']['name'] === name) binds = true
      return true
    })
  }
  return binds
}

/** The module ids `factory` requires: the calls of its third parameter, webpack's require, by number. */
function requiresOf(id: number, factory: AstNode): Set<number> {
  const params: unknown[] = Array.isArray(factory['params']) ? factory['params'] : []
  const require = params[2]
  const requires = new Set<number>()
  if (!isNode(require) || require.type !== 'Identifier') return requires
  const name = require['name']
  // Minified code reuses the name in inner functions (`function(e,t,n){n(null,e)}`): there it is not webpack's.
  const visit = (node: AstNode): void => {
    if (node !== factory && FUNCTION.test(node.type) && bindsName(node, name)) return
    const callee = node['callee']
    if (node.type === 'CallExpression' && isNode(callee) && callee['name'] === name) {
      const args: unknown[] = Array.isArray(node['arguments']) ? node['arguments'] : []
      const required = numberOf(args[0])
      // A module required by a computed id could be any of them: nothing could be left out safely.
      if (required === undefined) throw new Error(`swagger-ui-stream-trim: module ${id} requires a computed id`)
      requires.add(required)
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.filter(isNode).forEach(visit)
      else if (isNode(value)) visit(value)
    }
  }
  visit(factory)
  return requires
}

function factoryOf(property: AstNode): ModuleFactory | undefined {
  const id = numberOf(property['key'])
  const factory = property['value']
  if (id === undefined || !isNode(factory) || !FUNCTION.test(factory.type)) return undefined
  return { id, start: factory.start, end: factory.end, requires: requiresOf(id, factory) }
}

/** webpack's module table: the one object literal whose keys are numbers and whose values are functions. */
function moduleTable(program: AstNode): { readonly node: AstNode; readonly factories: ModuleFactory[] } {
  const tables: { node: AstNode; factories: ModuleFactory[] }[] = []
  walk(program, (node) => {
    if (node.type !== 'ObjectExpression' || !Array.isArray(node['properties'])) return true
    const properties = node['properties'].filter(isNode)
    if (properties.length < 10) return true
    const factories = properties.map(factoryOf)
    if (factories.every((factory) => factory !== undefined)) tables.push({ node, factories })
    return true
  })
  const [table, ...others] = tables
  if (table === undefined || others.length > 0) {
    throw new Error(`swagger-ui-stream-trim: expected one webpack module table, found ${tables.length}`)
  }
  return table
}

/** Ids required from outside the table (webpack's bootstrap and the bundle's own code): every `f(<number>)`. */
function requiredFromOutside(program: AstNode, table: AstNode, ids: ReadonlySet<number>): Set<number> {
  const roots = new Set<number>()
  walk(program, (node) => {
    if (node === table) return false
    const args: unknown[] = node.type === 'CallExpression' && Array.isArray(node['arguments']) ? node['arguments'] : []
    const id = args.length === 1 ? numberOf(args[0]) : undefined
    if (id !== undefined && ids.has(id)) roots.add(id)
    return true
  })
  return roots
}

/** stream-browserify's `Stream`, known by the Node stream classes it hangs on itself. */
const isStreamModule = (source: string) => source.includes('Stream.Readable=') && source.includes('Stream.PassThrough=')

const STREAM_LEFT_OUT =
  'function(e){function Stream(){throw new Error("Node\'s stream is left out of this build of Swagger UI ' +
  '(src/docs/build-aliases/swagger-ui-stream-trim.ts)")}e.exports=Stream;Stream.Stream=Stream}'

export interface StreamTrim {
  readonly code: string
  readonly map: ReturnType<MagicString['generateMap']>
  /** The module ids whose factories were emptied (the `stream` module's own is replaced). */
  readonly emptied: readonly number[]
}

/** Swagger UI's core bundle without Node's stream; throws where the bundle no longer looks as expected. */
export function trimStream(code: string): StreamTrim {
  const parsed = parseSync('swagger-ui-es-bundle-core.js', code)
  const [error] = parsed.errors
  if (error !== undefined) throw new Error(`swagger-ui-stream-trim: the bundle does not parse: ${error.message}`)
  const program = parsed.program as unknown as AstNode
  const table = moduleTable(program)
  const byId = new Map(table.factories.map((factory) => [factory.id, factory]))
  const streams = table.factories.filter((factory) => isStreamModule(code.slice(factory.start, factory.end)))
  const [stream, ...others] = streams
  if (stream === undefined || others.length > 0) {
    throw new Error(`swagger-ui-stream-trim: expected one stream module, found ${streams.length}`)
  }
  const reached = new Set<number>()
  const pending = [...requiredFromOutside(program, table.node, new Set(byId.keys()))]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue
    reached.add(id)
    if (id !== stream.id) pending.push(...(byId.get(id)?.requires ?? []))
  }
  const emptied = table.factories.filter((factory) => !reached.has(factory.id))
  if (!reached.has(stream.id) || emptied.length === 0) {
    throw new Error('swagger-ui-stream-trim: no module is required only through the stream module; review this trim')
  }
  const edited = new MagicString(code)
  edited.overwrite(stream.start, stream.end, STREAM_LEFT_OUT)
  for (const factory of emptied) edited.overwrite(factory.start, factory.end, 'function(){}')
  return {
    code: edited.toString(),
    map: edited.generateMap({ hires: true }),
    emptied: emptied.map((factory) => factory.id),
  }
}

const BUNDLE = /\/node_modules\/swagger-ui-react\/swagger-ui-es-bundle-core\.js$/

export function swaggerUiStreamTrim(): Plugin {
  return {
    name: 'bearer-playground:swagger-ui-stream-trim',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!BUNDLE.test(id.replace(/[?#].*$/, ''))) return undefined
      const { code: trimmed, map } = trimStream(code)
      return { code: trimmed, map }
    },
  }
}
