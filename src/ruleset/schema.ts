/** JSON Schema of a rule file. Conditions are json-rules-engine's, checked further in validate.ts. */
import { DOCUMENT_KINDS } from '../profiles/profile.js';
export const RULE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'severity', 'category', 'description', 'given', 'when', 'message', 'help', 'examples'],
  properties: {
    title: { type: 'string', minLength: 1 },
    title_en: { type: 'string', minLength: 1 },
    severity: { enum: ['error', 'warning', 'info'] },
    category: { type: 'string', pattern: '^[a-z][a-z-]*$' },
    description: { type: 'string', minLength: 1 },
    description_en: { type: 'string' },
    reference: { type: 'string' },
    given: { type: 'string' },
    verifies: { type: 'string' },
    skipped: { type: 'object', additionalProperties: { $ref: '#/definitions/text' } },
    appliesTo: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      // (unknown: the rule also runs on a document whose kind is not clear from its title)
      items: { enum: [...DOCUMENT_KINDS] },
    },
    when: { $ref: '#/definitions/top' },
    message: { $ref: '#/definitions/text' },
    help: { $ref: '#/definitions/text' },
    examples: {
      type: 'object',
      additionalProperties: false,
      required: ['valid', 'invalid'],
      properties: {
        section: { type: 'string' },
        valid: { type: 'array', minItems: 1, items: { $ref: '#/definitions/example' } },
        invalid: { type: 'array', minItems: 1, items: { $ref: '#/definitions/example' } },
      },
    },
  },
  definitions: {
    text: {
      oneOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['zh'],
          properties: {
            zh: { type: 'string', minLength: 1 },
            en: { type: 'string', minLength: 1 },
            cases: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['when', 'zh'],
                properties: {
                  when: { type: 'object', minProperties: 1, additionalProperties: { type: ['string', 'number', 'boolean'] } },
                  zh: { type: 'string', minLength: 1 },
                  en: { type: 'string', minLength: 1 },
                },
              },
            },
          },
        },
      ],
    },
    example: {
      oneOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1 },
            section: { type: 'string' },
            whole: { type: 'boolean' },
            count: { type: 'integer', minimum: 1 },
          },
        },
      ],
    },
    top: {
      type: 'object',
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
      properties: {
        all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } },
        any: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } },
        not: { $ref: '#/definitions/condition' },
      },
    },
    condition: {
      oneOf: [
        { $ref: '#/definitions/top' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['fact', 'operator', 'value'],
          properties: {
            fact: { type: 'string' },
            path: { type: 'string' },
            params: { type: 'object' },
            operator: { type: 'string' },
            value: {},
          },
        },
      ],
    },
  },
} as const;
