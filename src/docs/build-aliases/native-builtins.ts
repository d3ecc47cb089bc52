// In place of the three core-js helpers Swagger UI and swagger-client import through
// @babel/runtime-corejs3 (swagger-ui-trim.ts): polyfills of `Object.assign` and `includes` (2016)
// and of `AggregateError` (2021), which bring about 140 of core-js's modules. Every browser that
// runs this playground has them built in: it needs ES2023 (tsconfig.json's target).

/** `@babel/runtime-corejs3/helpers/extends`: Babel's `_extends`, on the built-in Object.assign. */
export function assignExtends(target: object, ...sources: unknown[]): object {
  return Object.assign(target, ...sources) as object
}

/**
 * `@babel/runtime-corejs3/core-js-stable/instance/includes`: the `includes` method of a value, to be
 * `.call`ed on it, as core-js gives it for arrays and strings.
 */
export function includesOf(value: { readonly includes?: unknown }): unknown {
  return value.includes
}
