// `@babel/runtime-corejs3/core-js/aggregate-error`, without core-js: see native-builtins.ts.

const BuiltInAggregateError = globalThis.AggregateError

// swagger-client's error classes (@swagger-api/apidom-error) import it by its default export.
export { BuiltInAggregateError as default }
