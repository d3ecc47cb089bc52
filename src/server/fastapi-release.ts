// Which FastAPI the stand-in answers as. "current" is today's FastAPI; "0.92" is the release that
// Debian 12 ships and many older tutorials and answers were written against.
export const FASTAPI_RELEASES = ['current', '0.92'] as const

export type FastApiRelease = (typeof FASTAPI_RELEASES)[number]

export function isFastApiRelease(value: string): value is FastApiRelease {
  return (FASTAPI_RELEASES as readonly string[]).includes(value)
}
