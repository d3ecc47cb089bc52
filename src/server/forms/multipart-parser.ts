// python-multipart's MultipartParser, the state machine under Starlette's multipart forms, as the
// release pinned for today's FastAPI runs it (python_multipart/multipart.py, MultipartParser).
// Starlette hands it the body in one chunk (then an empty one, which changes nothing), so this
// takes the body whole; the callbacks are the ones Starlette registers, called in the same order.

/** The events Starlette's MultiPartParser listens to (starlette/formparsers.py). */
export interface MultipartCallbacks {
  partBegin(): void
  partData(bytes: Uint8Array): void
  partEnd(): void
  headerField(bytes: Uint8Array): void
  headerValue(bytes: Uint8Array): void
  headerEnd(): void
  headersFinished(): void
}

/** python-multipart's FormParserError: the body is not multipart as it reads it. */
export class FormParserError extends Error {
  override readonly name = 'FormParserError'
}

export const CR = 0x0d
export const LF = 0x0a
export const HYPHEN = 0x2d
export const COLON = 0x3a
export const SPACE = 0x20
const TAB = 0x09

const MAX_BOUNDARY_LENGTH = 256
const MAX_HEADER_COUNT = 8
const MAX_HEADER_SIZE = 4096 + 128
/** The bytes of an HTTP token, the only ones a header name may hold. */
const TOKEN = new Set(
  new TextEncoder().encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~"),
)

type State =
  | 'start'
  | 'start-boundary'
  | 'header-field-start'
  | 'header-field'
  | 'header-value-start'
  | 'header-value'
  | 'header-value-almost-done'
  | 'headers-almost-done'
  | 'part-data'
  | 'end-boundary'
  | 'end'
  | 'boundary-padding'

const PART_BOUNDARY = 1
const LAST_BOUNDARY = 2

type Mark = 'headerField' | 'headerValue' | 'partData'

/** Feeds `body` to the parser for the boundary `boundaryParam` (Latin-1 bytes); throws FormParserError. */
export function parseMultipart(body: Uint8Array, boundaryParam: Uint8Array, on: MultipartCallbacks): void {
  if (boundaryParam.length > MAX_BOUNDARY_LENGTH) {
    throw new FormParserError(`Boundary length ${boundaryParam.length} exceeds maximum of ${MAX_BOUNDARY_LENGTH}`)
  }
  const boundary = Uint8Array.from([CR, LF, HYPHEN, HYPHEN, ...boundaryParam])
  const boundaryLength = boundary.length
  const length = body.length
  const marks = new Map<Mark, number>()
  let state: State = 'start'
  let index = 0
  let flags = 0
  let headerCount = 0
  let headerSize = 0
  let i = 0

  const emit = (mark: Mark, end: number) => {
    const start = marks.get(mark)
    if (start === undefined) return
    if (end > start) on[mark](body.subarray(start, end))
    marks.delete(mark)
  }
  const growHeader = (amount: number) => {
    headerSize += amount
    if (headerSize > MAX_HEADER_SIZE) throw new FormParserError('Maximum header size exceeded')
  }
  const nextPart = () => {
    on.partEnd()
    on.partBegin()
    headerCount = 0
    headerSize = 0
  }

  while (i < length) {
    let c = body[i] ?? 0
    switch (state) {
      case 'start':
        // Leading CR and LF skip ahead to the first hyphen, whatever lies between.
        if (c === CR || c === LF) {
          i = body.indexOf(HYPHEN, i)
          if (i === -1) i = length
          continue
        }
        index = 0
        state = 'start-boundary'
        i -= 1
        break

      case 'start-boundary':
        if (index === 0 && startsWith(body, boundary.subarray(2), i)) {
          index = boundaryLength - 2
          i += index
          continue
        }
        if (index === boundaryLength - 2) {
          // `--boundary--` straight away: an empty form.
          if (c === HYPHEN) state = 'end-boundary'
          else if (c !== CR) throw new FormParserError('Did not find CR at end of boundary')
          index += 1
        } else if (index === boundaryLength - 1) {
          if (c !== LF) throw new FormParserError('Did not find LF at end of boundary')
          index = 0
          on.partBegin()
          headerCount = 0
          headerSize = 0
          state = 'header-field-start'
        } else {
          if (c !== boundary[index + 2]) throw new FormParserError('Expected boundary character')
          index += 1
        }
        break

      case 'header-field-start':
        if (startsWith(body, CRLF, i)) {
          on.headersFinished()
          marks.set('partData', i + 2)
          index = 0
          state = 'part-data'
          i += 2
          continue
        }
        index = 0
        if (c !== CR) {
          headerCount += 1
          if (headerCount > MAX_HEADER_COUNT) throw new FormParserError('Maximum header count exceeded')
          headerSize = 0
        }
        marks.set('headerField', i)
        state = 'header-field'
        i -= 1
        break

      case 'header-field': {
        if (c === CR && index === 0) {
          marks.delete('headerField')
          state = 'headers-almost-done'
          i += 1
          continue
        }
        // The name runs to the colon and must be an HTTP token: no spaces, no CR.
        const colon = body.indexOf(COLON, i)
        const end = colon === -1 ? length : colon
        growHeader(colon === -1 ? end - i : end - i + 1)
        if (body.subarray(i, end).some((byte) => !TOKEN.has(byte))) {
          throw new FormParserError('Found invalid character in header')
        }
        index += end - i
        if (colon === -1) {
          i = length
        } else {
          if (index === 0) throw new FormParserError('Found 0-length header')
          i = colon
          emit('headerField', i)
          state = 'header-value-start'
        }
        break
      }

      case 'header-value-start':
        if (c === SPACE) {
          growHeader(1)
          i += 1
          continue
        }
        marks.set('headerValue', i)
        state = 'header-value'
        i -= 1
        break

      case 'header-value': {
        // The value runs to the next CR, LF and all.
        const cr = body.indexOf(CR, i)
        const end = cr === -1 ? length : cr
        growHeader(end - i)
        if (cr === -1) {
          i = length
          break
        }
        i = cr
        emit('headerValue', i)
        on.headerEnd()
        headerSize = 0
        if (startsWith(body, CRLF, cr)) {
          i += 1
          state = 'header-field-start'
        } else {
          state = 'header-value-almost-done'
        }
        break
      }

      case 'header-value-almost-done':
        if (c !== LF) throw new FormParserError('Did not find LF character at end of header')
        state = 'header-field-start'
        break

      case 'headers-almost-done':
        if (c !== LF) throw new FormParserError('Did not find LF at end of headers')
        on.headersFinished()
        marks.set('partData', i + 1)
        state = 'part-data'
        break

      case 'part-data': {
        const previousIndex = index
        if (index === 0) {
          const found = indexOfBytes(body, boundary, i)
          if (found === -1) {
            // No whole delimiter left: a CR near the end may start one that never completes.
            const tail = body.lastIndexOf(CR, length - 1)
            if (tail >= Math.max(i, length - boundaryLength + 1) && startsWith(boundary, body.subarray(tail), 0)) {
              index = length - tail
            }
            i = length
            continue
          }
          const after = found + boundaryLength
          if (startsWith(body, CRLF, after)) {
            emit('partData', found)
            nextPart()
            state = 'header-field-start'
            i = after + 2
            continue
          }
          index = boundaryLength - 1
          i = found + boundaryLength - 1
          c = body[i] ?? 0
        }
        if (index < boundaryLength) {
          index = boundary[index] === c ? index + 1 : 0
        } else if (index === boundaryLength) {
          index += 1
          if (c === CR) flags |= PART_BOUNDARY
          else if (c === HYPHEN) flags |= LAST_BOUNDARY
          else if (c === SPACE || c === TAB) {
            // Spaces after a delimiter are padding, never data.
            emit('partData', i - boundaryLength)
            index = 0
            state = 'boundary-padding'
          } else index = 0
        } else if (index === boundaryLength + 1) {
          if (flags & PART_BOUNDARY) {
            flags &= ~PART_BOUNDARY
            if (c === LF) {
              emit('partData', i - index)
              nextPart()
              index = 0
              state = 'header-field-start'
              i += 1
              continue
            }
            index = 0
          } else if (flags & LAST_BOUNDARY) {
            if (c === HYPHEN) {
              emit('partData', i - index)
              on.partEnd()
              state = 'end'
            } else index = 0
          }
        }
        // A delimiter that did not complete was data after all: look at this byte again.
        if (index === 0 && previousIndex > 0) i -= 1
        break
      }

      case 'boundary-padding':
        if (index === 0 && c === CR) index = 1
        else if (index === 1 && c === LF) {
          nextPart()
          index = 0
          state = 'header-field-start'
        } else if (index === 1 || (c !== SPACE && c !== TAB)) {
          throw new FormParserError('Did not find CRLF after boundary padding')
        }
        break

      case 'end-boundary':
        if (index === boundaryLength - 1) {
          if (c !== HYPHEN) throw new FormParserError('Did not find - at end of boundary')
          index += 1
          state = 'end'
        }
        break

      case 'end':
        // The epilogue after the closing delimiter is ignored.
        i = length
        continue
    }
    i += 1
  }
  // What the chunk held of a header or part that has not ended (Starlette still counts its size).
  emit('headerField', length)
  emit('headerValue', length)
  emit('partData', length - index)
}

const CRLF = Uint8Array.of(CR, LF)

/** `bytes.startswith(prefix, at)`. */
export function startsWith(bytes: Uint8Array, prefix: Uint8Array, at: number): boolean {
  if (at < 0 || at + prefix.length > bytes.length) return false
  return prefix.every((byte, offset) => bytes[at + offset] === byte)
}

/** `bytes.find(needle, from)`. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0] ?? 0
  for (let at = bytes.indexOf(first, from); at !== -1; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes, needle, at)) return at
  }
  return -1
}
