import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trimStream } from './swagger-ui-stream-trim'

// A webpack bundle in miniature, shaped like Swagger UI's core: `xml` (1) requires the stream
// module (2), which alone requires events (3) and string_decoder (11); buffer (4) is required by the
// bundle itself and by the stream module; 5 to 10 fill the table to the ten modules a webpack table
// has at least. The names inside factories are minified as webpack's are.
const STREAM =
  'function(e,t,n){e.exports=Stream;var r=n(3).EventEmitter;function Stream(){r.call(this)}' +
  'Stream.Readable=function(){},Stream.PassThrough=function(){},n(4),n(11),Stream.Stream=Stream}'
const bundle = (stream = STREAM) =>
  [
    'var Fe={',
    '1:function(e,t,n){var s=n(2).Stream;e.exports=function xml(v,o){return o&&o.stream?new s:String(v)}},',
    `2:${stream},`,
    '3:function(e){e.exports={EventEmitter:function(){}}},',
    '4:function(e,t,n){t.Buffer=function Buffer(){};function read(n){return n(e)}t.read=read},',
    '5:function(e){},6:function(e){},7:function(e){},8:function(e){},9:function(e){},10:function(e){},',
    '11:function(e){e.exports={StringDecoder:function(){}}}',
    '},ze={};function __webpack_require__(e){var t=ze[e];if(void 0!==t)return t.exports;',
    'var n=ze[e]={exports:{}};return Fe[e](n,n.exports,__webpack_require__),n.exports}',
    'var xml=__webpack_require__(1),buf=__webpack_require__(4);',
    '__webpack_require__(5),__webpack_require__(6),__webpack_require__(7),',
    '__webpack_require__(8),__webpack_require__(9),__webpack_require__(10);export{xml,buf};',
  ].join('')

describe('leaving Node’s stream out of a webpack bundle', () => {
  it('gives the stream module a Stream that fails when made, and empties what only it required', () => {
    const { code, emptied } = trimStream(bundle())
    expect(emptied).toEqual([3, 11])
    expect(code).toContain('3:function(){}')
    expect(code).toContain("Node's stream is left out of this build of Swagger UI")
    expect(code).not.toContain('EventEmitter')
    expect(code).not.toContain('StringDecoder')
    // What the rest of the bundle requires stays as it was: xml itself, and buffer.
    expect(code).toContain('e.exports=function xml(v,o)')
    expect(code).toContain('t.Buffer=function Buffer(){}')
  })

  it('keeps a module that something else still requires', () => {
    const alsoRequiredElsewhere = bundle().replace('var xml=', 'var events=__webpack_require__(3),xml=')
    expect(trimStream(alsoRequiredElsewhere).emptied).toEqual([11])
  })

  it('tells an inner function’s own `n` from webpack’s require', () => {
    // Module 4's `read(n)` calls its own parameter with a variable: not a require by a computed id.
    expect(() => trimStream(bundle())).not.toThrow()
    const computed = bundle().replace('function read(n){return n(e)}', 'var id=1;n(id);')
    expect(() => trimStream(computed)).toThrow('module 4 requires a computed id')
  })

  it('fails the build when the bundle no longer has the stream module it expects', () => {
    expect(() => trimStream(bundle('function(e){e.exports={}}'))).toThrow('expected one stream module, found 0')
  })
})

describe('Swagger UI’s own core bundle', () => {
  // The package exports its stylesheet, not the bundle: the bundle sits beside it.
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-react/swagger-ui.css'))
  const core = readFileSync(join(folder, 'swagger-ui-es-bundle-core.js'), 'utf8')
  const { code } = trimStream(core)

  it('loses readable-stream, events and string_decoder, about 50 KB of its text', () => {
    expect(core.length - code.length).toBeGreaterThan(40_000)
    for (const text of ['ERR_STREAM_PREMATURE_CLOSE', 'function EventEmitter', 'function StringDecoder']) {
      expect(core).toContain(text)
      expect(code).not.toContain(text)
    }
  })

  it('keeps Buffer, which sha.js needs for the PKCE code challenge, and the xml package', () => {
    expect(code).toContain('t.Buffer=Buffer')
    expect(code).toContain('function escapeForXML')
    expect(code).toContain('function xml(')
  })
})
