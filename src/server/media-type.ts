// How FastAPI and Starlette read a Content-Type header before deciding how to parse a body: the
// part before the first ";", stripped and lowercased. The stand-in and the inspector both use it,
// so the inspector never calls a body a form that the stand-in would not read as one.

/** The media type of a Content-Type value, without parameters: '' when the header is absent or empty. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}
