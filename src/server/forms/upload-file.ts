// A multipart part sent with a `filename`: Starlette makes it an UploadFile instead of a string
// (starlette/formparsers.py, MultiPartParser.on_headers_finished), and a `str` form field refuses
// it. Today's FastAPI echoes it in the 422's `input` as its jsonable_encoder sees the object.
import type { JsonObject, JsonValue } from '../json'

export interface UploadedFile {
  readonly filename: string
  /** The part's headers as Starlette keeps them: names lowercased, Latin-1 text, in order sent. */
  readonly headers: readonly (readonly [string, string])[]
  readonly content: Uint8Array
}

/** A form field's value as Starlette's FormData holds it. */
export type FormValue = string | UploadedFile

/**
 * What a browser sends for a file input left empty: no filename, no bytes. Today's FastAPI
 * reads it as a missing field (fastapi/dependencies/utils.py, _is_empty_file_input); 0.92 did not.
 */
export function isEmptyFileInput(file: UploadedFile): boolean {
  return file.filename === '' && file.content.length === 0
}

/** MultiPartParser.spool_max_size: the bytes a SpooledTemporaryFile keeps in memory. */
const SPOOL_MAX_SIZE = 1024 * 1024

/**
 * fastapi/encoders.py, jsonable_encoder, on an UploadFile (starlette/datastructures.py): not a
 * dict and not iterable, so its attributes (`vars`). Key order follows UploadFile.__init__.
 */
export function uploadFileInput(file: UploadedFile): JsonObject {
  return {
    filename: file.filename,
    file: spooledFileInput(file.content),
    size: file.content.length,
    headers: Object.fromEntries(firstOfEach(file.headers)),
    _max_mem_size: SPOOL_MAX_SIZE,
  }
}

/**
 * jsonable_encoder on the SpooledTemporaryFile under it, which is iterable: `dict(file)` reads it
 * line by line (each line ends after a LF) and succeeds only if every line is two bytes long,
 * making each a byte-value key and a byte-value value. Otherwise the lines read so far are gone
 * and it falls back to `vars(file)`, where `_file` (the BytesIO, or the file on disk once the
 * content passed SPOOL_MAX_SIZE) meets `dict()` again with the lines left, and else encodes as
 * `{}`. Python keeps a dict's keys in the order inserted, but a JavaScript object puts numeric
 * keys in ascending order: lines whose first bytes descend come out reordered.
 */
function spooledFileInput(content: Uint8Array): JsonValue {
  const lines = linesOf(content)
  const whole = pairsOf(lines)
  if (whole.ok) return whole.dict
  const rest = pairsOf(lines.slice(whole.readUpTo))
  const file = rest.ok ? rest.dict : {}
  // Rolling over to disk drops the arguments kept for creating that file.
  if (content.length > SPOOL_MAX_SIZE) return { _file: file, _max_size: SPOOL_MAX_SIZE, _rolled: true }
  return {
    _file: file,
    _max_size: SPOOL_MAX_SIZE,
    _rolled: false,
    _TemporaryFileArgs: {
      mode: 'w+b',
      buffering: -1,
      suffix: null,
      prefix: null,
      encoding: null,
      newline: null,
      dir: null,
      errors: null,
    },
  }
}

type Pairs = { readonly ok: true; readonly dict: JsonObject } | { readonly ok: false; readonly readUpTo: number }

/** `dict(lines)`: each line must be two bytes; the first one that is not stops it, read already. */
function pairsOf(lines: readonly Uint8Array[]): Pairs {
  const dict: Record<string, number> = {}
  for (const [at, line] of lines.entries()) {
    if (line.length !== 2) return { ok: false, readUpTo: at + 1 }
    dict[String(line[0])] = line[1] ?? 0
  }
  return { ok: true, dict }
}

function linesOf(content: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = []
  let start = 0
  while (start < content.length) {
    const newline = content.indexOf(0x0a, start)
    const end = newline === -1 ? content.length : newline + 1
    lines.push(content.subarray(start, end))
    start = end
  }
  return lines
}

/** `dict(headers)` on Starlette's Headers: each name once, with its first value. */
function firstOfEach(headers: readonly (readonly [string, string])[]): [string, string][] {
  const seen = new Map<string, string>()
  for (const [name, value] of headers) if (!seen.has(name)) seen.set(name, value)
  return [...seen]
}
