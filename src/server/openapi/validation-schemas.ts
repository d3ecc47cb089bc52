// The two schemas FastAPI adds with the first documented 422 (ValidationError has `input` and
// `ctx` since FastAPI 0.128.1).
import type { JsonObject } from '../json'

export const validationErrorSchema: JsonObject = {
  properties: {
    loc: {
      items: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      type: 'array',
      title: 'Location',
    },
    msg: { type: 'string', title: 'Message' },
    type: { type: 'string', title: 'Error Type' },
    input: { title: 'Input' },
    ctx: { type: 'object', title: 'Context' },
  },
  type: 'object',
  required: ['loc', 'msg', 'type'],
  title: 'ValidationError',
}

export const httpValidationErrorSchema: JsonObject = {
  properties: {
    detail: {
      items: { $ref: '#/components/schemas/ValidationError' },
      type: 'array',
      title: 'Detail',
    },
  },
  type: 'object',
  title: 'HTTPValidationError',
}

/** FastAPI 0.92's ValidationError: Pydantic 1's schema, title first, no `input` or `ctx`. */
export const validationErrorSchema092: JsonObject = {
  title: 'ValidationError',
  required: ['loc', 'msg', 'type'],
  type: 'object',
  properties: {
    loc: {
      title: 'Location',
      type: 'array',
      items: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    },
    msg: { title: 'Message', type: 'string' },
    type: { title: 'Error Type', type: 'string' },
  },
}

export const httpValidationErrorSchema092: JsonObject = {
  title: 'HTTPValidationError',
  type: 'object',
  properties: {
    detail: {
      title: 'Detail',
      type: 'array',
      items: { $ref: '#/components/schemas/ValidationError' },
    },
  },
}
