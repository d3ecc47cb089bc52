// The way this lesson's app goes wrong that FastAPI users ask about (optional-auth-app.ts reads the
// id), and the experiment that shows it.
import type { LessonMistake } from '../mistake'
import { answers, observe, queryParameter, request } from '../observations'
import { passedWith } from '../why-observations'
import { API_KEY_IN_QUERY } from './mistake-ids'

export const mistakes: readonly LessonMistake[] = [
  {
    id: API_KEY_IN_QUERY,
    title: 'The API key in the query string',
    summary:
      '`APIKeyQuery(name="api_key")` reads the key from the URL, `/reports?api_key=robot-key`. It works, and ' +
      'Swagger UI offers it in Authorize like any other scheme. But a URL is not kept secret: uvicorn’s ' +
      'access log prints it whole, and so do proxies, load balancers and error trackers; browsers keep it in ' +
      'their history and may pass it on in `Referer`. Whoever reads any of those holds the key.',
    edits: [
      {
        find: '    APIKeyHeader,\n    HTTPAuthorizationCredentials,',
        replace: '    APIKeyQuery,\n    HTTPAuthorizationCredentials,',
      },
      {
        find:
          '# The same for the header X-API-Key: when it is missing or empty, the key is None.\n' +
          'api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)',
        replace:
          '# The same for the query parameter api_key: /reports?api_key=...\n' +
          'api_key_query = APIKeyQuery(name="api_key", auto_error=False)',
      },
      {
        find: '    api_key: Annotated[str | None, Depends(api_key_header)],',
        replace: '    api_key: Annotated[str | None, Depends(api_key_query)],',
      },
    ],
    fix:
      'Read the key from a header, as main.py does with `APIKeyHeader(name="X-API-Key")`. Access logs leave ' +
      'headers out, and a header never lands in history or `Referer`. A key that has been in a URL should be ' +
      'treated as leaked and replaced.',
    discussions: [
      { label: 'fastapi #142', href: 'https://github.com/fastapi/fastapi/issues/142' },
      { label: 'xagent #40', href: 'https://github.com/xorbitsai/xagent/issues/40' },
      { label: 'author-tools #21', href: 'https://github.com/ietf-tools/author-tools/issues/21' },
    ],
    // The dialog has no APIKeyHeader part any more, and an X-API-Key header is ignored.
    rulesOut: ['api-key-instead'],
    experiment: {
      id: API_KEY_IN_QUERY,
      title: 'Authorize with a key that travels in the URL',
      steps: [
        { action: 'logout' },
        { action: 'authorize-api-key', scheme: 'APIKeyQuery', key: 'robot-key' },
        { action: 'execute', method: 'GET', path: '/reports' },
      ],
      look:
        'The row in **HTTP traffic** reads `GET /reports?api_key=robot-key`, and so does the Request URL in ' +
        'the docs. That is the very line uvicorn would log for it: ' +
        '`INFO:     127.0.0.1:52814 - "GET /reports?api_key=robot-key HTTP/1.1" 200 OK`.',
      observation: observe(
        request('GET', '/reports'),
        answers(200),
        queryParameter('api_key', 'robot-key'),
        passedWith('APIKeyQuery', 'robot-key'),
      ),
    },
  },
]
