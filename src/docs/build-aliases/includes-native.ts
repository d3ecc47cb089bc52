// `@babel/runtime-corejs3/core-js-stable/instance/includes`, without core-js: see native-builtins.ts.
import { includesOf } from './native-builtins'

// swagger-client imports the helper by its default export.
export { includesOf as default }
