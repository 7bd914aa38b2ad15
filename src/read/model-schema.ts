/**
 * JSON Schema of ReportModel (src/extract/model.ts), for YAML/JSON report data.
 *
 * Shapes used in many places (a location, an amount, a figure, …) are written once under $defs
 * and referred to; the page embeds this schema's validator as compiled code (scripts/build-page.mjs),
 * where each copy of an inlined shape was its own code: 470 KB of a 930 KB script, now a function
 * per shape (validators are compiled with inlineRefs: false for that reason).
 */
import { DOCUMENT_KINDS } from '../profiles/profile.js';
const ref = (name: string) => ({ $ref: `#/$defs/${name}` }) as const;
const src = ref('src');
const srcDef = {
  type: 'object',
  required: ['line', 'column', 'excerpt'],
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, length: { type: 'integer', minimum: 1 }, excerpt: { type: 'string' } },
  additionalProperties: false,
};
const amount = ref('amount');
const amountDef = {
  type: 'object',
  required: ['label', 'value', 'printed', 'unit', 'decimals', 'src'],
  additionalProperties: false,
  properties: {
    label: { type: 'string' },
    value: { type: 'string', pattern: '^-?\\d+(\\.\\d{1,8})?$' },
    printed: { type: 'string' },
    unit: { enum: ['元', '万元', '亿元'] },
    decimals: { type: 'integer', minimum: 0, maximum: 8 },
    src,
  },
};
const heading = ref('heading');
const headingDef = {
  type: 'object',
  required: ['text', 'line', 'style'],
  properties: { text: { type: 'string' }, line: { type: 'integer', minimum: 1 }, style: { type: 'string' }, number: { type: 'integer' } },
  additionalProperties: false,
};
const yoy = ref('yoy');
const yoyDef = {
  type: 'object', required: ['direction', 'src'], additionalProperties: false,
  properties: { direction: { enum: ['up', 'down'] }, change: amount, rate: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' }, prior: amount, src },
};
const side = ref('side');
const sideDef = {
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: {
    total: amount,
    yoy,
    items: { type: 'object', additionalProperties: { oneOf: [amount, { const: 'nil' }] } },
    again: { type: 'array', items: amount },
    itemsAgain: { type: 'object', additionalProperties: { type: 'array', items: amount } },
    src,
  },
};
const num = '^\\d+(\\.\\d+)?$';
const goal = ref('goal');
const goalDef = {
  type: 'object',
  required: ['kind', 'subject', 'comparator', 'value', 'unit', 'approximate', 'cumulative', 'text', 'src'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['target', 'result'] }, subject: { type: 'string' }, comparator: { enum: ['min', 'max', 'growth', 'decline'] },
    value: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' }, unit: { type: 'string' }, approximate: { type: 'boolean' },
    cumulative: { type: 'boolean' }, text: { type: 'string' }, src,
    namedAfter: { const: true }, partOf: { const: true }, shareOf: { const: true },
  },
};
const valueAt = (t: string) => ({ type: 'object', required: ['value', 'src'], additionalProperties: false, properties: { value: { type: t }, src } });

const figure = ref('figure');
const figureDef = {
  type: 'object', required: ['label', 'number', 'unit', 'family', 'decimals', 'src'], additionalProperties: false,
  properties: { label: { type: 'string' }, number: { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' }, unit: { type: 'string' }, family: { type: 'string' }, decimals: { type: 'integer', minimum: 0 }, src, approximate: { type: 'boolean' } },
};
const relation = {
  type: 'object', required: ['relation', 'subject', 'src'], additionalProperties: false,
  properties: {
    relation: { enum: ['sum', 'share', 'change', 'rate'] }, subject: { type: 'string' }, total: figure, parts: { type: 'array', items: figure },
    complete: { type: 'boolean' }, shape: { type: 'string' }, part: figure, pct: figure, base: figure, baseName: { type: 'string' },
    current: figure, prior: figure, change: figure, rate: figure, direction: { enum: ['up', 'down', 'flat'] }, versusStart: { type: 'boolean' }, versusPlan: { type: 'boolean' }, versusTarget: { type: 'boolean' }, numerator: figure, denominator: figure, src,
  },
  // each kind of relation carries the figures its check compares
  allOf: [
    { if: { properties: { relation: { const: 'sum' } } }, then: { required: ['total', 'parts'] } },
    { if: { properties: { relation: { const: 'share' } } }, then: { required: ['part', 'pct'] } },
    { if: { properties: { relation: { const: 'change' } } }, then: { required: ['current'] } },
    // (a rate whose figures were not found has none: listed as not checked)
    { if: { properties: { relation: { const: 'rate' } } }, then: { required: ['rate'] } },
  ],
};

export const MODEL_SCHEMA = {
  $defs: { src: srcDef, amount: amountDef, heading: headingDef, yoy: yoyDef, side: sideDef, goal: goalDef, figure: figureDef },
  type: 'object',
  required: ['version', 'profile', 'cover', 'outline', 'budget', 'sangong', 'staffing', 'counts', 'years', 'placeholders', 'score', 'goals'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    profile: { type: 'string' },
    kind: { enum: [...DOCUMENT_KINDS] },
    profileChoice: {
      type: 'object',
      required: ['id', 'matched', 'total', 'auto', 'eligible', 'why', 'others'],
      additionalProperties: false,
      properties: {
        id: { type: 'string' }, matched: { type: 'integer' }, total: { type: 'integer' }, auto: { type: 'boolean' }, eligible: { type: 'boolean' }, why: { type: 'string' },
        foreign: { type: 'object', required: ['document', 'outline'], additionalProperties: false, properties: { document: { type: 'string' }, outline: { type: 'string' } } },
        others: { type: 'array', items: { type: 'object', required: ['id', 'matched', 'total'], additionalProperties: false, properties: { id: { type: 'string' }, matched: { type: 'integer' }, total: { type: 'integer' } } } },
      },
    },
    year: { type: 'integer', minimum: 1990, maximum: 2100 },
    unit: { type: 'string' },
    title: { type: 'string' },
    cover: {
      type: 'array',
      items: { type: 'object', required: ['name', 'value', 'src'], additionalProperties: false, properties: { name: { type: 'string' }, value: { type: ['string', 'null'] }, src } },
    },
    outline: {
      type: 'object',
      required: ['sections', 'unmatched'],
      additionalProperties: false,
      properties: {
        sections: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text', 'line', 'style', 'no', 'title', 'endLine', 'content', 'templateLeft', 'subsections'],
            additionalProperties: false,
            properties: {
              ...headingDef.properties,
              no: { type: 'string' },
              title: { type: 'string' },
              endLine: { type: 'integer', minimum: 1 },
              content: { enum: ['substantive', 'empty', 'template', 'nil'] },
              templateLeft: { type: 'array', items: src },
              subsections: { type: 'array', items: heading },
              also: { type: 'array', items: { type: 'string' } },
              byWording: { type: 'boolean', const: true },
              items: { type: 'array', items: heading },
            },
          },
        },
        unmatched: { type: 'array', items: heading },
      },
    },
    budget: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'shares', 'breakdowns'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^(total|gpb|gov|soe|ssf)(\\.[a-z0-9]+)*$' },
          name: { type: 'string' },
          section: { type: 'string' },
          parent: { type: 'string' },
          amount,
          nil: { type: 'boolean' },
          nilSrc: src,
          shares: {
            type: 'array',
            items: {
              type: 'object', required: ['baseName', 'baseId', 'pct', 'src'], additionalProperties: false,
              properties: { baseName: { type: 'string' }, baseId: { type: ['string', 'null'] }, pct: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' }, src },
            },
          },
          breakdowns: {
            type: 'array',
            items: {
              type: 'object', required: ['dimension', 'items', 'src'], additionalProperties: false,
              properties: { dimension: { type: 'string' }, items: { type: 'array', items: amount }, src, partial: { type: 'boolean' } },
            },
          },
          derived: { type: 'object' },
          mentions: { type: 'array', items: amount },
          yoy,
          execution: {
            type: 'object', required: ['budget', 'spent', 'rate', 'src'], additionalProperties: false,
            properties: { budget: amount, spent: amount, rate: { type: 'string', pattern: '^\\d+(\\.\\d+)?$' }, src },
          },
        },
      },
    },
    sangong: {
      type: 'object', required: ['budget', 'actual'], additionalProperties: false,
      properties: { budget: side, actual: side, reason: src, unreadTable: src, budgetByChange: src },
    },
    staffing: {
      type: 'object', additionalProperties: false,
      properties: {
        quota: valueAt('integer'), actual: valueAt('integer'),
        mentions: { type: 'array', items: { type: 'object', required: ['kind', 'value', 'src'], additionalProperties: false, properties: { kind: { enum: ['quota', 'actual'] }, value: { type: 'integer' }, src } } },
      },
    },
    counts: {
      type: 'array',
      items: {
        type: 'object', required: ['subject', 'declared', 'unit', 'listed', 'etc', 'src'], additionalProperties: false,
        properties: { subject: { type: 'string' }, declared: { type: 'integer', minimum: 0 }, unit: { type: 'string' }, listed: { type: 'array', items: { type: 'string' } }, etc: { type: 'boolean' }, kinds: { const: true }, src },
      },
    },
    years: {
      type: 'array',
      items: {
        type: 'object', required: ['year', 'comparison', 'hasFigure', 'src'], additionalProperties: false,
        properties: { year: { type: 'integer' }, comparison: { type: 'boolean' }, hasFigure: { type: 'boolean' }, src },
      },
    },
    placeholders: { type: 'array', items: { type: 'object', required: ['text', 'src'], additionalProperties: false, properties: { text: { type: 'string' }, field: { type: 'string' }, src } } },
    score: {
      type: 'object',
      additionalProperties: false,
      properties: {
        score: valueAt('string'),
        grade: valueAt('string'),
        listed: { type: 'integer', minimum: 2 },
        bands: { type: 'array', items: { type: 'object', required: ['grade', 'min'], additionalProperties: false, properties: { grade: { type: 'string' }, min: { type: 'number' } } } },
      },
    },
    relations: { type: 'array', items: relation },
    restated: {
      type: 'array',
      items: { type: 'object', required: ['name', 'first', 'second', 'anchored'], additionalProperties: false, properties: { name: { type: 'string' }, first: figure, second: figure, anchored: { type: 'boolean' } } },
    },
    scoreTable: {
      type: 'object', required: ['rows'], additionalProperties: false,
      properties: {
        rows: {
          type: 'array',
          items: {
            type: 'object', required: ['name', 'level1', 'max', 'src'], additionalProperties: false,
            properties: { name: { type: 'string' }, level1: { type: 'string' }, max: { type: 'string', pattern: num }, got: { type: 'string', pattern: num }, src },
          },
        },
        total: { type: 'object', required: ['src'], additionalProperties: false, properties: { max: { type: 'string', pattern: num }, got: { type: 'string', pattern: num }, src } },
        indicatorsMax: { type: 'string', pattern: num },
        levels: {
          type: 'array',
          items: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, max: valueAt('string'), got: valueAt('string') } },
        },
        excerpt: {
          type: 'object', additionalProperties: false,
          properties: {
            caption: { type: 'string' },
            missing: {
              type: 'array',
              items: { type: 'object', required: ['name', 'src'], additionalProperties: false, properties: { name: { type: 'string' }, got: { type: 'string', pattern: num }, max: { type: 'string', pattern: num }, src } },
            },
          },
        },
      },
    },
    goals: {
      type: 'object', required: ['targets', 'results', 'pairs'], additionalProperties: false,
      properties: {
        genericCause: src,
        resultsPart: { type: 'boolean' },
        targets: { type: 'array', items: goal },
        results: { type: 'array', items: goal },
        pairs: {
          type: 'array',
          items: {
            type: 'object', required: ['target', 'result', 'why'], additionalProperties: false,
            properties: { target: { type: 'integer', minimum: 0 }, result: { type: ['integer', 'null'], minimum: 0 }, summary: { type: 'string' }, why: { type: 'string' }, whyEn: { type: 'string' }, cause: src, inWords: src },
          },
        },
      },
    },
  },
} as const;
