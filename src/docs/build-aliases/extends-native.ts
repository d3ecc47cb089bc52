// `@babel/runtime-corejs3/helpers/extends`, without core-js: see native-builtins.ts.
import { assignExtends } from './native-builtins'

// Swagger UI imports the helper by its default export.
export { assignExtends as default }
