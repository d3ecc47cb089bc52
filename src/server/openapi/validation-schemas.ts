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
