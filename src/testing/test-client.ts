// Like FastAPI's TestClient: calls an app directly, following 307 redirects unless told not to.
// Used by unit tests; it keeps the method, body and headers across a redirect as browsers do.
import type { ExchangeRecord } from '../server/exchange-record'
import type { FastApiApp } from '../server/fastapi-app'

export interface TestResponse {
  readonly status: number
  readonly text: string
  readonly headers: Headers
  readonly record: ExchangeRecord
  json(): unknown
}

export interface TestRequestInit {
  readonly headers?: Record<string, string>
  readonly body?: BodyInit
  readonly followRedirects?: boolean
}

export function createTestClient(app: FastApiApp, baseUrl = 'http://testserver') {
  const rootPath = new URL(baseUrl).pathname.replace(/\/$/, '')

  async function request(method: string, path: string, init: TestRequestInit = {}): Promise<TestResponse> {
    let url = `${baseUrl.replace(/\/$/, '')}${path}`
    for (let hops = 0; ; hops += 1) {
      const { response, record } = await app.handle(
        new Request(url, { method, headers: init.headers, body: init.body ?? null }),
        rootPath,
      )
      const location = response.headers.get('location')
      if (response.status === 307 && location && init.followRedirects !== false && hops < 5) {
        url = location
        continue
      }
      const text = await response.text()
      // The Set-Cookie lines travel in the record (a browser drops them from a script's Response):
      // put back, they read as a real server's headers.
      const headers = new Headers(response.headers)
      for (const line of record.setCookie ?? []) headers.append('set-cookie', line)
      return {
        status: response.status,
        text,
        headers,
        record,
        json: () => JSON.parse(text) as unknown,
      }
    }
  }

  return {
    request,
    get: (path: string, init?: TestRequestInit) => request('GET', path, init),
    post: (path: string, init?: TestRequestInit) => request('POST', path, init),
  }
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

export function form(fields: string): TestRequestInit {
  return { body: fields, headers: { 'content-type': 'application/x-www-form-urlencoded' } }
}
