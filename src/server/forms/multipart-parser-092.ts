// The MultipartParser of python-multipart 0.0.5 (multipart/multipart.py), which Debian 12 ships
// under FastAPI 0.92. Its state machine is older than today's: header names are letters and
// hyphens only, a line without a colon ends the headers, nothing may precede the first delimiter
// but CR and LF, and `--boundary--` with no part before it is an error.
import { COLON, CR, FormParserError, HYPHEN, LF, SPACE, type MultipartCallbacks } from './multipart-parser'

type State =
  | 'start'
  | 'start-boundary'
  | 'header-field-start'
  | 'header-field'
  | 'header-value-start'
  | 'header-value'
  | 'header-value-almost-done'
  | 'headers-almost-done'
  | 'part-data-start'
  | 'part-data'
  | 'end'

const PART_BOUNDARY = 1
const LAST_BOUNDARY = 2

type Mark = 'headerField' | 'headerValue' | 'partData'

/** Feeds `body` to python-multipart 0.0.5 for the boundary `boundaryParam`; throws FormParserError. */
export function parseMultipart092(body: Uint8Array, boundaryParam: Uint8Array, on: MultipartCallbacks): void {
  const boundary = Uint8Array.from([CR, LF, HYPHEN, HYPHEN, ...boundaryParam])
  const boundaryLength = boundary.length
  const boundaryBytes = new Set(boundary)
  const length = body.length
  const marks = new Map<Mark, number>()
  // The bytes held back while they may be a delimiter. It outlives parts, and the index into it
  // does not always start at 0: a header line without a colon leaves its length there, so the
  // first data byte can be measured against the middle of the delimiter and stale bytes handed on.
  const lookbehind = new Uint8Array(boundaryParam.length + 8)
  let state: State = 'start'
  let index = 0
  let flags = 0
  let i = 0

  const emit = (mark: Mark, end: number) => {
    const start = marks.get(mark)
    if (start === undefined) return
    if (end > start) on[mark](body.subarray(start, end))
    marks.delete(mark)
  }

  while (i < length) {
    let c = body[i] ?? 0
    switch (state) {
      case 'start':
        if (c === CR || c === LF) {
          i += 1
          continue
        }
        index = 0
        state = 'start-boundary'
        i -= 1
        break

      case 'start-boundary':
        if (index === boundaryLength - 2) {
          if (c !== CR) throw new FormParserError('Did not find CR at end of boundary')
          index += 1
        } else if (index === boundaryLength - 1) {
          if (c !== LF) throw new FormParserError('Did not find LF at end of boundary')
          index = 0
          on.partBegin()
          state = 'header-field-start'
        } else {
          if (c !== boundary[index + 2]) throw new FormParserError('Did not find boundary character')
          index += 1
        }
        break

      case 'header-field-start':
        index = 0
        marks.set('headerField', i)
        state = 'header-field'
        i -= 1
        break

      case 'header-field':
        // Any CR ends the headers, even one after a name without a colon (that line is dropped).
        if (c === CR) {
          marks.delete('headerField')
          state = 'headers-almost-done'
          i += 1
          continue
        }
        index += 1
        if (c === COLON) {
          if (index === 1) throw new FormParserError('Found 0-length header')
          emit('headerField', i)
          state = 'header-value-start'
        } else if (c !== HYPHEN && ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) {
          throw new FormParserError('Found non-alphanumeric character in header')
        }
        break

      case 'header-value-start':
        if (c === SPACE) {
          i += 1
          continue
        }
        marks.set('headerValue', i)
        state = 'header-value'
        i -= 1
        break

      case 'header-value':
        if (c === CR) {
          emit('headerValue', i)
          on.headerEnd()
          state = 'header-value-almost-done'
        }
        break

      case 'header-value-almost-done':
        if (c !== LF) throw new FormParserError('Did not find LF character at end of header')
        state = 'header-field-start'
        break

      case 'headers-almost-done':
        if (c !== LF) throw new FormParserError('Did not find LF at end of headers')
        on.headersFinished()
        state = 'part-data-start'
        break

      case 'part-data-start':
        marks.set('partData', i)
        state = 'part-data'
        i -= 1
        break

      case 'part-data': {
        const previousIndex = index
        if (index === 0) {
          // Jump a delimiter's length at a time while the byte there cannot be part of one.
          i += boundaryLength - 1
          while (i < length - 1 && !boundaryBytes.has(body[i] ?? 0)) i += boundaryLength
          i -= boundaryLength - 1
          c = body[i] ?? 0
        }
        if (index < boundaryLength) {
          if (boundary[index] === c) {
            if (index === 0) emit('partData', i)
            index += 1
          } else index = 0
        } else if (index === boundaryLength) {
          index += 1
          if (c === CR) flags |= PART_BOUNDARY
          else if (c === HYPHEN) flags |= LAST_BOUNDARY
          else index = 0
        } else if (index === boundaryLength + 1) {
          if (flags & PART_BOUNDARY) {
            if (c === LF) {
              flags &= ~PART_BOUNDARY
              on.partEnd()
              on.partBegin()
              index = 0
              state = 'header-field-start'
              i += 1
              continue
            }
            index = 0
            flags &= ~PART_BOUNDARY
          } else if (flags & LAST_BOUNDARY) {
            if (c === HYPHEN) {
              on.partEnd()
              state = 'end'
            } else index = 0
          }
        }
        if (index > 0) {
          // Past the buffer's end Python raises IndexError, which FastAPI 0.92 answers as any
          // parse failure.
          if (index > lookbehind.length) throw new FormParserError('list assignment index out of range')
          lookbehind[index - 1] = c
        } else if (previousIndex > 0) {
          // The bytes held back were data after all: hand them on, then look at this byte again.
          on.partData(lookbehind.slice(0, previousIndex))
          marks.set('partData', i)
          i -= 1
        }
        break
      }

      case 'end':
        // Whatever follows the closing delimiter is consumed and ignored.
        break
    }
    i += 1
  }
  emit('headerField', length)
  emit('headerValue', length)
  emit('partData', length)
}
