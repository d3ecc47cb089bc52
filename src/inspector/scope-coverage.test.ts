import { describe, expect, it } from 'vitest'
import { createOAuth2ScopesApp } from '../lessons/oauth2-scopes/oauth2-scopes-app'
import { directPasswordVerifier } from '../testing/argon2-direct-verifier'
import { grantedScopes, operationScopesFromDocument, scopeCoverage } from './scope-coverage'

const document = JSON.stringify(
  createOAuth2ScopesApp({ passwords: directPasswordVerifier, now: () => 0, release: 'current' }).openapi(''),
)

describe('scope coverage', () => {
  it('reads what each operation of tutorial005 needs from its OpenAPI document', () => {
    expect(operationScopesFromDocument(document)).toEqual([
      { method: 'GET', path: '/users/me/', needs: ['me'] },
      { method: 'GET', path: '/users/me/items/', needs: ['items', 'me'] },
      { method: 'GET', path: '/status/', needs: [] },
    ])
  })

  it('names the scopes a me-only token lacks, though every padlock looks the same', () => {
    const operations = operationScopesFromDocument(document) ?? []
    const granted = grantedScopes({ sub: 'johndoe', scope: 'me' }) ?? []
    expect(scopeCoverage(granted, operations).map((row) => row.missing)).toEqual([[], ['items'], []])
  })

  it('finds no scopes where the claim is absent or the document is not JSON', () => {
    expect(grantedScopes({ sub: 'johndoe' })).toBeUndefined()
    expect(operationScopesFromDocument('<html>')).toBeUndefined()
  })
})
