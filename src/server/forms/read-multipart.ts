// Starlette's MultiPartParser (starlette/formparsers.py) on top of the release's python-multipart:
// which parts become fields, how names and values are decoded, which errors end the reading and
// with what detail. A body that stops early keeps the parts it finished: the rest are missing.
import type { FastApiRelease } from '../fastapi-release'
import { decodeAsPython, decodeLatin1, encodeLatin1 } from '../python-codecs'
import { FormParserError, parseMultipart, type MultipartCallbacks } from './multipart-parser'
import { parseMultipart092 } from './multipart-parser-092'
import { parseOptionsHeader } from './options-header'
import type { FormValue } from './upload-file'

export type MultipartReadResult =
  | { readonly ok: true; readonly fields: readonly (readonly [string, FormValue])[] }
  | { readonly ok: false; readonly detail: string }

/**
 * The detail of the 400 for a body python-multipart cannot parse: the Starlette under today's
 * FastAPI turns FormParserError into its own detail (MultiPartParser.parse); Starlette 0.26 let it
 * through, and FastAPI 0.92's request handler answered its generic 400 (fastapi/routing.py).
 */
const UNPARSABLE_MULTIPART: Readonly<Record<FastApiRelease, string>> = {
  current: 'Invalid multipart data.',
  '0.92': 'There was an error parsing the body',
}

/** Starlette's limits, as Request.form() passes them (1000 files, 1000 fields, 1 MiB a part). */
const MAX_FILES = 1000
const MAX_FIELDS = 1000
const MAX_PART_SIZE = 1024 * 1024

/** Starlette's MultiPartException: a 400 with its message as the detail. */
class MultiPartException extends Error {
  override readonly name = 'MultiPartException'
}

interface Part {
  contentDisposition: string | null
  fieldName: string
  data: Uint8Array[]
  dataLength: number
  file: { filename: string; headers: [string, string][]; content: Uint8Array[] } | null
  headers: [string, string][]
}

/** The fields of a multipart body, in the order their parts ended, repeats included. */
export function readMultipart(
  body: Uint8Array,
  contentType: string,
  release: FastApiRelease = 'current',
): MultipartReadResult {
  const { options } = parseOptionsHeader(contentType, release)
  // Starlette asks Python for the codec; one it does not know, or bytes that do not decode, are Latin-1.
  const charset = options.get('charset') ?? 'utf-8'
  const boundary = options.get('boundary')
  if (boundary === undefined) return { ok: false, detail: 'Missing boundary in multipart.' }

  const fields: [string, FormValue][] = []
  let files = 0
  let fieldCount = 0
  let headerName: Uint8Array[] = []
  let headerValue: Uint8Array[] = []
  let part = newPart()

  const callbacks: MultipartCallbacks = {
    partBegin() {
      part = newPart()
    },
    partData(bytes) {
      if (part.file) {
        part.file.content.push(bytes.slice())
        return
      }
      if (part.dataLength + bytes.length > MAX_PART_SIZE) {
        throw new MultiPartException(`Part exceeded maximum size of ${MAX_PART_SIZE / 1024}KB.`)
      }
      part.data.push(bytes.slice())
      part.dataLength += bytes.length
    },
    partEnd() {
      const { file } = part
      fields.push([
        part.fieldName,
        file
          ? { filename: file.filename, headers: file.headers, content: concat(file.content) }
          : decodeAsPython(concat(part.data), charset),
      ])
    },
    headerField(bytes) {
      headerName.push(bytes.slice())
    },
    headerValue(bytes) {
      headerValue.push(bytes.slice())
    },
    headerEnd() {
      const name = decodeLatin1(concat(headerName)).replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
      const value = decodeLatin1(concat(headerValue))
      if (name === 'content-disposition') part.contentDisposition = value
      part.headers.push([name, value])
      headerName = []
      headerValue = []
    },
    headersFinished() {
      const { options: disposition } = parseOptionsHeader(part.contentDisposition, release)
      const name = disposition.get('name')
      if (name === undefined) {
        throw new MultiPartException('The Content-Disposition header field "name" must be provided.')
      }
      part.fieldName = decodeAsPython(encodeLatin1(name), charset)
      const filename = disposition.get('filename')
      if (filename !== undefined) {
        files += 1
        if (files > MAX_FILES) throw new MultiPartException(`Too many files. Maximum number of files is ${MAX_FILES}.`)
        // The file's headers are those read so far, which is all of them: the data comes next.
        part.file = { filename: decodeAsPython(encodeLatin1(filename), charset), headers: part.headers, content: [] }
      } else {
        fieldCount += 1
        if (fieldCount > MAX_FIELDS) {
          throw new MultiPartException(`Too many fields. Maximum number of fields is ${MAX_FIELDS}.`)
        }
        part.file = null
      }
    },
  }

  try {
    const parse = release === '0.92' ? parseMultipart092 : parseMultipart
    parse(body, encodeLatin1(boundary), callbacks)
  } catch (error) {
    if (error instanceof MultiPartException) return { ok: false, detail: error.message }
    if (error instanceof FormParserError) return { ok: false, detail: UNPARSABLE_MULTIPART[release] }
    throw error
  }
  // Python-multipart does not check that the closing delimiter came: the parts that ended are the form.
  return { ok: true, fields }
}

function newPart(): Part {
  return { contentDisposition: null, fieldName: '', data: [], dataLength: 0, file: null, headers: [] }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}
