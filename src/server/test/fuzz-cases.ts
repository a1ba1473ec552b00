import { Random } from '../../../demo/random';

/** The parts of an OpenAPI 3.1 document the fuzzer reads. */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

export interface FuzzCase {
  method: string;
  url: string;
  /** What was mutated, for the failure report. */
  label: string;
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

export function operationsOf(document: {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => {
      const content = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
        ?.content;
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        ...(content?.['application/json']?.schema && { body: content['application/json'].schema }),
      };
    }),
  );
}

/** Values a client may send by mistake or on purpose, in place of a valid one. */
const badStrings = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\u0001\u0002\u0003',
  'x\u001b[31m',
  'a\u000bb\u000c',
  'a\ud800b',
  '\udfff',
  'x'.repeat(10_000),
  '🙂'.repeat(300),
  '<script>alert(1)</script>',
  "' or '1'='1' --",
  '%00',
  '%',
  '../../etc/passwd',
  '{{7*7}}',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a7f3c2e1-0000-4000-8000-000000000000',
  '2030-02-30',
  '2030-13-01',
  '0000-01-01',
  '99999-01-01',
  '2030-01-07T25:61:00Z',
  '0000-01-01T00:00:00Z',
  '275760-09-13T00:00:00Z',
  '24:00',
  '99:99',
  '1',
  '-1',
  '0',
  'NaN',
  'Infinity',
  '1e308',
  '9223372036854775808',
  '-9223372036854775809',
  'true',
  'FREQ=SECONDLY;COUNT=100000',
  'FREQ=DAILY',
  'FREQ=YEARLY;UNTIL=99991231T000000Z',
];

/** Cursors in the shape of real ones, with parts of the wrong type or out of range. */
const forgedCursors = [
  ['x', 'y'],
  [1e308, 'exact'],
  [-1],
  ['\u0000', 'a7f3c2e1-0000-4000-8000-000000000000'],
  ['2030-01-01T00:00:00.000Z', 'zzz'],
  [2 ** 63, 'similar'],
  [null, null],
  [{}, []],
  { a: 1 },
].map((key) => Buffer.from(JSON.stringify(key)).toString('base64url'));

const badJsonValues: unknown[] = [
  ...badStrings,
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 63,
  -(2 ** 63),
  2 ** 53 + 1,
  [],
  [null],
  ['a\u0000'],
  [1, 2, 3],
  new Array(2000).fill('x'),
  {},
  { a: 1 },
  { constructor: { prototype: { polluted: true } } },
];

const badPathValues = [
  'not-a-uuid',
  '%00',
  'a%00b',
  '%',
  '%E0%A4%A',
  'a'.repeat(600),
  '%2e%2e',
  '00000000-0000-0000-0000-000000000000',
  'a7f3c2e1-0000-4000-8000-000000000000',
  'A7F3C2E1-0000-4000-8000-00000000000G',
  '-1',
  '0',
  '1e308',
  '9223372036854775808',
  '%F0%9F%99%82',
  '%ED%A0%80',
];

/** Whole bodies that are no JSON object, or not JSON at all. */
const badBodies: { label: string; payload?: string | Buffer; contentType?: string }[] = [
  { label: 'no body' },
  { label: 'empty JSON body', payload: '' },
  { label: 'JSON null', payload: 'null' },
  { label: 'JSON array', payload: '[]' },
  { label: 'JSON string', payload: '"x"' },
  { label: 'JSON number', payload: '1e308' },
  { label: 'broken JSON', payload: '{"a":' },
  { label: 'proto pollution', payload: '{"__proto__":{"isInstanceAdmin":true}}' },
  { label: 'deep nesting', payload: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  {
    label: 'invalid UTF-8',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  },
  { label: 'escaped NUL everywhere', payload: '{"name":"\\u0000","title":"\\u0000","text":"\\u0000"}' },
  { label: 'text/plain', payload: '{}', contentType: 'text/plain' },
  { label: 'form', payload: 'a=1', contentType: 'application/x-www-form-urlencoded' },
  { label: 'latin-1 JSON', payload: '{}', contentType: 'application/json; charset=latin1' },
];

/** A valid-looking value for a schema, so that a case mutates one input while the rest passes. */
export function sampleOf(
  schema: JsonSchema | undefined,
  name: string,
  ids: (name: string) => string,
): unknown {
  if (!schema) return 'Test';
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variants) return sampleOf(variants.find((v) => v.type !== 'null') ?? variants[0], name, ids);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') return Math.max(schema.minimum ?? 1, 1);
  if (type === 'boolean') return false;
  if (type === 'array') return schema.minItems ? [sampleOf(schema.items, name, ids)] : [];
  if (type === 'object') return sampleObject(schema, ids);
  return sampleString(schema, name, ids);
}

function sampleObject(schema: JsonSchema, ids: (name: string) => string) {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([key]) => required.has(key))
      .map(([key, property]) => [key, sampleOf(property, key, ids)]),
  );
}

const stringCandidates = [
  '2030-01-07',
  '10:00',
  '2030-01',
  '2030-01-07T10:00:00Z',
  'FREQ=WEEKLY;COUNT=2',
  'Test',
];

function sampleString(schema: JsonSchema, name: string, ids: (name: string) => string): string {
  if (schema.format === 'uuid') return ids(name);
  if (schema.format === 'date-time') return '2030-01-07T10:00:00Z';
  if (schema.format === 'date') return '2030-01-07';
  if (schema.format === 'email') return 'fuzz@familiennetz.example';
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const match = stringCandidates.find((candidate) => pattern.test(candidate));
    if (match) return match;
  }
  return 'Test'.padEnd(schema.minLength ?? 0, 'x');
}

export interface Baseline {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body?: unknown;
}

/** A lone surrogate has no UTF-8 form: it travels as the bytes of its CESU-8 encoding (invalid UTF-8). */
function encodeQueryValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}

/** The request path of an operation with its path and query values (arrays as repeated keys). */
export function urlOf(op: Operation, path: Record<string, string>, query: Record<string, unknown>): string {
  const pathname = op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? 'x');
  const parts = Object.entries(query).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map(
      (v) => `${encodeURIComponent(key)}=${encodeQueryValue(typeof v === 'string' ? v : JSON.stringify(v))}`,
    ),
  );
  return parts.length > 0 ? `${pathname}?${parts.join('&')}` : pathname;
}

function jsonCase(op: Operation, base: Baseline, label: string, body: unknown, query = base.query): FuzzCase {
  return {
    method: op.method,
    url: urlOf(op, base.path, query),
    label,
    ...(body !== undefined && {
      payload: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
  };
}

/** Every single-input mutation of an operation; the runner samples from them with a seeded generator. */
export function mutationsOf(op: Operation, base: Baseline): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const param of op.parameters) {
    if (param.in === 'path') {
      for (const value of badPathValues) {
        const url = urlOf(op, { ...base.path, [param.name]: value }, base.query);
        cases.push({
          method: op.method,
          url,
          label: `path ${param.name}=${value.slice(0, 20)}`,
          ...bodyOf(base),
        });
      }
    }
    if (param.in === 'query') {
      const values: unknown[] = [
        ...badStrings,
        ['a', 'b'],
        ...(param.name === 'cursor' ? forgedCursors : []),
      ];
      for (const value of values) {
        const query = { ...base.query, [param.name]: value };
        cases.push(jsonCase(op, base, `query ${param.name}=${String(value).slice(0, 20)}`, base.body, query));
      }
    }
  }
  if (op.body) cases.push(...bodyMutations(op, base));
  return cases;
}

function bodyOf(base: Baseline): Pick<FuzzCase, 'payload' | 'headers'> {
  return base.body === undefined
    ? {}
    : { payload: JSON.stringify(base.body), headers: { 'content-type': 'application/json' } };
}

function bodyMutations(op: Operation, base: Baseline): FuzzCase[] {
  const body = (base.body ?? {}) as Record<string, unknown>;
  const fields = Object.keys({ ...op.body?.properties, ...body });
  const cases = fields.flatMap((field) =>
    badJsonValues.map((value) =>
      jsonCase(op, base, `body ${field}=${JSON.stringify(value)?.slice(0, 20)}`, { ...body, [field]: value }),
    ),
  );
  cases.push(jsonCase(op, base, 'body as array', [body]));
  cases.push(jsonCase(op, base, 'unknown NUL key', { ...body, 'a\u0000': 1 }));
  return cases;
}

/** Whole-body cases: run for every operation with a body, not sampled. */
export function bodyCasesOf(op: Operation, base: Baseline): FuzzCase[] {
  if (!op.body) return [];
  const url = urlOf(op, base.path, base.query);
  return badBodies.map(({ label, payload, contentType }) => ({
    method: op.method,
    url,
    label,
    ...(payload !== undefined && { payload, headers: { 'content-type': contentType ?? 'application/json' } }),
  }));
}

/** Deterministic sample: the same seed picks the same cases on every machine. */
export function sample<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

export { Random };
