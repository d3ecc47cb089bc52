import type { Lesson } from '../lesson'
import { experiments } from './experiments'
import { PROVIDER } from './provider'
import { PROVIDER_JWKS } from './provider-key'

export const lesson: Lesson = {
  id: 'third-party-login',
  title: 'Log in with an identity provider',
  tutorialFile: 'fastapi/security/oauth2.py',
  fastapiPage: 'https://fastapi.tiangolo.com/reference/security/',
  install: 'pip install "fastapi[standard]" "pyjwt[crypto]"',
  switches: [],
  experiments,
  mistakes: [],
  clock: true,
  mainPySetup: {
    environment: (site) => ({ IDP_ISSUER: `${site.href}realms/${PROVIDER.realm}` }),
    fetched: {
      object: 'jwks_client',
      method: 'fetch_data',
      name: 'PLAYGROUND_JWKS',
      value: { keys: PROVIDER_JWKS.keys.map((key) => ({ ...key })) },
      what: 'the keys the playground’s identity provider published: main.py’s jwks_client fetches them',
    },
  },
  load: () => import('./content').then((module) => module.content),
}
