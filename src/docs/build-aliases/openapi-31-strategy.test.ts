// The build resolves OpenAPI 3.1 with swagger-client's generic strategy instead of ApiDOM
// (openapi-31-strategy.ts). Every document a lesson serves (each switch and each mistake on its
// own, at the root and under a sub-path) must come out of Swagger UI's two resolver calls the
// same either way: the whole document, and each subtree Swagger UI asks for as the learner opens
// an operation, a scheme or a model.
import openApi31ApiDomStrategy from 'swagger-client/es/resolver/strategies/openapi-3-1-apidom'
import genericStrategy from 'swagger-client/es/resolver/strategies/generic'
import { makeResolve } from 'swagger-client/es/resolver'
import { makeResolveSubtree } from 'swagger-client/es/subtree-resolver'
import { describe, expect, it } from 'vitest'
import { lessons } from '../../lessons/lesson-registry'
import type { Lesson } from '../../lessons/lesson'
import { directPasswordVerifier } from '../../testing/argon2-direct-verifier'
import { createTestClient } from '../../testing/test-client'
import { openApi31Strategy } from './openapi-31-strategy'
import type { ResolveStrategy } from './resolve-strategy'

const SITES = ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173/learn/oauth2/']

/** The lesson's app with nothing on, then with each switch and each mistake on its own. */
function enabledSets(lesson: Lesson): ReadonlySet<string>[] {
  return [new Set(), ...[...lesson.switches, ...lesson.mistakes].map(({ id }) => new Set([id]))]
}

async function documentsOf(lesson: Lesson): Promise<{ name: string; document: Record<string, unknown> }[]> {
  const content = await lesson.load()
  const documents = []
  for (const enabled of enabledSets(lesson)) {
    for (const site of SITES) {
      const services = {
        passwords: directPasswordVerifier,
        now: () => Date.UTC(2026, 0, 15),
        release: 'current' as const,
        site: new URL(site),
      }
      const response = await createTestClient(content.createApp(enabled, services), site).get('/openapi.json')
      // An app that cannot start (simple-oauth2's no-multipart mistake) serves no document at all.
      if (response.status !== 200) continue
      documents.push({
        name: `${[...enabled].join('+') || 'main.py'} at ${new URL(site).pathname}`,
        document: JSON.parse(response.text) as Record<string, unknown>,
      })
    }
  }
  return documents
}

/** Swagger UI's order (its swagger-client plugin), with one 3.1 strategy or the other. */
const strategiesWith = (openApi31: ResolveStrategy) => [openApi31, genericStrategy]

/** Every subtree Swagger UI resolves on its own: each operation, the schemes, each model. */
function subtreesOf(document: Record<string, unknown>): string[][] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>
  const components = (document.components ?? {}) as Record<string, Record<string, unknown> | undefined>
  return [
    ...Object.entries(paths).flatMap(([path, item]) => [
      ['paths', path],
      ...Object.keys(item).map((m) => ['paths', path, m]),
    ]),
    ['components', 'securitySchemes'],
    ...Object.keys(components.schemas ?? {}).map((name) => ['components', 'schemas', name]),
  ]
}

const copy = (document: Record<string, unknown>) => structuredClone(document)

/**
 * Each resolver marks what it normalised in its own way, and Swagger UI reads neither mark: the
 * generic one sets `$$normalized` and keeps each operation's id as `__originalOperationId` (equal
 * to it for FastAPI's ids, which have no character to replace), ApiDOM lists its work under
 * `x-normalized`. Everything else must be equal.
 */
function withoutMarks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMarks)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).filter(
    ([key, field]) =>
      key !== '$$normalized' &&
      key !== 'x-normalized' &&
      !(key === '__originalOperationId' && field === (value as { operationId?: unknown }).operationId),
  )
  return Object.fromEntries(entries.map(([key, field]) => [key, withoutMarks(field)]))
}

describe('OpenAPI 3.1 without ApiDOM', () => {
  it.each(lessons.map((lesson) => ({ id: lesson.id, lesson })))(
    '$id: every document resolves as with ApiDOM, whole and subtree by subtree',
    async ({ lesson }) => {
      const documents = await documentsOf(lesson)
      expect(documents.length).toBeGreaterThanOrEqual(SITES.length)
      expect(documents.every(({ document }) => openApi31Strategy.match(document))).toBe(true)
      for (const { name, document } of documents) {
        const options = { baseDoc: 'http://127.0.0.1:4173/openapi.json', allowMetaPatches: true }
        const [apiDom, generic] = await Promise.all(
          [openApi31ApiDomStrategy, openApi31Strategy].map((openApi31) =>
            makeResolve({ strategies: strategiesWith(openApi31) })({ spec: copy(document), ...options }),
          ),
        )
        expect(withoutMarks(generic), name).toEqual(withoutMarks(apiDom))
        for (const subtree of subtreesOf(document)) {
          const [apiDomSubtree, genericSubtree] = await Promise.all(
            [openApi31ApiDomStrategy, openApi31Strategy].map((openApi31) =>
              makeResolveSubtree({ strategies: strategiesWith(openApi31) })(copy(document), subtree, options),
            ),
          )
          expect(withoutMarks(genericSubtree), `${name}: ${subtree.join(' / ')}`).toEqual(withoutMarks(apiDomSubtree))
        }
      }
    },
    60_000,
  )
})
