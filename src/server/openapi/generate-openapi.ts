// FastAPI's get_openapi, for the kinds of routes the security chapter uses. Keys are written in
// the order FastAPI's Pydantic models serialise them, so the JSON matches byte for byte.
import { jsonBodySchema } from '../bodies/json-body'
import { securityRequirements } from '../dependencies'
import { formSchema } from '../forms/form-model'
import type { JsonObject } from '../json'
import { operationIdFor, titleFromName } from '../python-text'
import type { ApiRoute } from '../route'
import type { FastApiRelease } from '../fastapi-release'
import {
  httpValidationErrorSchema,
  httpValidationErrorSchema092,
  validationErrorSchema,
  validationErrorSchema092,
} from './validation-schemas'

export type OpenApiDocument = JsonObject

/** `release` 0.92 gives the OpenAPI 3.0.2 document with Pydantic 1 schemas that FastAPI 0.92 served. */
export function generateOpenApi(
  routes: readonly ApiRoute[],
  rootPath: string,
  release: FastApiRelease = 'current',
): OpenApiDocument {
  const old = release === '0.92'
  const paths: Record<string, Record<string, JsonObject>> = {}
  const schemas: Record<string, JsonObject> = {}
  const securitySchemes: Record<string, JsonObject> = {}

  for (const route of routes) {
    if (!route.includeInSchema) continue
    const method = route.method.toLowerCase()
    const operationId = operationIdFor(route.name, route.path, route.method)

    let requestBody: JsonObject | undefined
    if (route.form) {
      const bodyName = `Body_${operationId}`
      schemas[bodyName] = formSchema(route.form, bodyName, release)
      requestBody = {
        content: { 'application/x-www-form-urlencoded': { schema: { $ref: `#/components/schemas/${bodyName}` } } },
        required: true,
      }
    }
    if (route.jsonBody) {
      schemas[route.jsonBody.name] = jsonBodySchema(route.jsonBody)
      requestBody = {
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.jsonBody.name}` } } },
        required: true,
      }
    }

    let responseSchema: JsonObject = {}
    if (route.responseModel) {
      schemas[route.responseModel.name] = route.responseModel.schema
      responseSchema = { $ref: `#/components/schemas/${route.responseModel.name}` }
    }
    const responses: Record<string, JsonObject> = {
      '200': { description: 'Successful Response', content: { 'application/json': { schema: responseSchema } } },
    }
    // FastAPI documents a 422 only for operations that have parameters or a body to validate.
    if (route.form || route.jsonBody) {
      responses['422'] = {
        description: 'Validation Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/HTTPValidationError' } } },
      }
      schemas.ValidationError = old ? validationErrorSchema092 : validationErrorSchema
      schemas.HTTPValidationError = old ? httpValidationErrorSchema092 : httpValidationErrorSchema
    }

    // FastAPI derives the operation's security from the schemes anywhere in its dependency tree.
    const requirements = securityRequirements(route.dependant)
    for (const { scheme } of requirements) securitySchemes[scheme.name] = scheme.openapi
    const security = requirements.map(({ scheme, scopes }): JsonObject => ({ [scheme.name]: [...scopes] }))

    paths[route.path] = {
      ...paths[route.path],
      [method]: {
        summary: titleFromName(route.name),
        operationId,
        ...(requestBody ? { requestBody } : {}),
        responses,
        ...(security.length > 0 ? { security } : {}),
      },
    }
  }

  const components: Record<string, JsonObject> = {}
  const schemaNames = Object.keys(schemas).sort()
  if (schemaNames.length > 0) {
    components.schemas = Object.fromEntries(schemaNames.map((name) => [name, schemas[name] ?? {}]))
  }
  if (Object.keys(securitySchemes).length > 0) components.securitySchemes = securitySchemes

  // Behind a proxy FastAPI lists its root_path as the first server, without a trailing slash.
  const server = rootPath.replace(/\/+$/, '')
  return {
    openapi: old ? '3.0.2' : '3.1.0',
    info: { title: 'FastAPI', version: '0.1.0' },
    ...(server ? { servers: [{ url: server }] } : {}),
    paths,
    ...(Object.keys(components).length > 0 ? { components } : {}),
  }
}
