// A build fix for Swagger UI's PKCE, applied by vite.config.ts. swagger-ui-react's ES bundle
// imports the CommonJS package to-buffer as `import * as n from "to-buffer"` and hands sha.js the
// namespace `n` where sha.js calls a function, so the SHA-256 of the code_verifier throws
// "i is not a function" and Authorize never opens the login popup. The bundle's module 496 is
// made to hand over the namespace's default, the function itself. If an upgrade of swagger-ui-react
// changes that text, the build fails here instead of the PKCE login failing in the page.
import type { Plugin } from 'vite'

const BUNDLE = /swagger-ui-react\/swagger-ui-es-bundle-core\.js$/
const NAMESPACE_AS_FUNCTION = '496:function(e){e.exports=n}'
const DEFAULT_AS_FUNCTION = '496:function(e){e.exports=n.default??n}'

export function swaggerUiPkceInterop(): Plugin {
  return {
    name: 'bearer-playground:swagger-ui-pkce-interop',
    enforce: 'pre',
    transform(code, id) {
      if (!BUNDLE.test(id.replace(/[?#].*$/, ''))) return undefined
      if (!code.includes(NAMESPACE_AS_FUNCTION)) {
        throw new Error(`${id}: Swagger UI's to-buffer module is no longer "${NAMESPACE_AS_FUNCTION}"; check PKCE anew`)
      }
      return { code: code.replace(NAMESPACE_AS_FUNCTION, DEFAULT_AS_FUNCTION), map: null }
    },
  }
}
