// The stand-in answering as FastAPI 0.92 (`?fastapi=0.92`) against the real FastAPI 0.92: each
// lesson's main_depends.py runs in Debian 12's python3-fastapi (src/testing/fastapi-0.92-oracle.py,
// one Python process per lesson) and the stand-in must give the same status, body and headers,
// byte for byte, on generated bad input. Without Python and FastAPI 0.92 this fails and says how
// to install them; it never skips.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { askFastApi092 } from '../testing/fastapi-092-oracle'
import { APPS_092, comparable, describeRequest, standInAnswers } from '../testing/fastapi-092-lessons'

describe('the stand-in as FastAPI 0.92 agrees with the real FastAPI 0.92', () => {
  it.each(APPS_092)(
    '$id: every generated request gets the same answer',
    async ({ id, pythonApp, createApp, replacements, requests: marked, parserRequests = [] }) => {
      const appFile = fileURLToPath(new URL(`../${pythonApp ?? `lessons/${id}/main_depends.py`}`, import.meta.url))
      const requests = [...marked, ...parserRequests]
      const expected = askFastApi092(appFile, requests, replacements)
      const actual = await standInAnswers(createApp('0.92'), requests)
      const disagreements = requests.flatMap((request, index) => {
        const fastapi = comparable(expected[index])
        const standIn = comparable(actual[index])
        return JSON.stringify(fastapi) === JSON.stringify(standIn)
          ? []
          : [{ request: describeRequest(request), fastapi, standIn }]
      })
      expect(requests.length).toBeGreaterThan(150)
      expect(disagreements).toEqual([])
    },
    120_000,
  )
})
