import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../demo/load-musterstadt';
import { queryRows } from '../db/client';
import { baselineOf, demoIds } from '../test/api-walk';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../test/build-app';
import {
  type Baseline,
  bodyCasesOf,
  type FuzzCase,
  mutationsOf,
  type Operation,
  operationsOf,
  Random,
  sample,
} from '../test/fuzz-cases';

/**
 * Every operation of the OpenAPI document, fed wrong types, control characters, overlong text, bad ids,
 * forged cursors, huge numbers and broken bodies, anonymously and as an organisation admin of the demo
 * municipality. No answer may be a 5xx, every error is problem+json, and a refused request writes
 * nothing. FUZZ_SEED=n reproduces or varies a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const CASES_PER_OPERATION = 30;
const WRITE_CHUNK = 20;

let t: TestApp;
let operations: Operation[];
let ids: Record<string, string>;
let checksumSql: ReturnType<typeof sql.raw>;
let actors: { name: string; headers: Record<string, string> }[];

beforeAll(async () => {
  t = await buildTestApp({ logLevel: 'error' });
  await loadMusterstadt(t.db);
  const admin = await t.signIn('verwaltung@fz-sonnenblume.example');
  actors = [
    { name: 'anonymous', headers: {} },
    { name: 'org admin', headers: { cookie: admin } },
  ];
  operations = operationsOf((await t.request({ method: 'GET', url: '/api/openapi.json' })).json());
  ids = await demoIds(t.db);
  checksumSql = await buildChecksumSql();
}, 120_000);

/** Row counts, versions and last updates of every table in one statement: "nothing written". */
async function buildChecksumSql() {
  const columns = await queryRows<{ table: string; column: string }>(
    t.db,
    sql`select table_name as table, column_name as column from information_schema.columns
        where table_schema = 'public' and column_name in ('id', 'version', 'updated_at') order by 1, 2`,
  );
  const parts = columns.map(({ table, column }) => {
    const quoted = `"${table.replaceAll('"', '')}"`;
    if (column === 'id') return `(select count(*) from ${quoted})::text`;
    if (column === 'version') return `coalesce((select sum(version) from ${quoted})::text, '-')`;
    return `coalesce((select max(updated_at) from ${quoted})::text, '-')`;
  });
  return sql.raw(`select ${parts.join(` || ',' || `)} as sum`);
}

async function checksum(): Promise<string> {
  const [row] = await queryRows<{ sum: string }>(t.db, checksumSql);
  return row?.sum ?? '';
}

/** Cases that change who is asking or how: only for reads (a write with valid inputs would succeed). */
function headerCases(op: Operation, base: Baseline): FuzzCase[] {
  const [first] = mutationsOf(op, base);
  const url = first?.url.split('?')[0] ?? op.path;
  const auth: { label: string; headers: Record<string, string>; query?: string }[] = [
    { label: 'bogus bearer', headers: { authorization: `Bearer ${'x'.repeat(300)}` } },
    { label: 'bogus session cookie', headers: { cookie: 'better-auth.session_token=forged.signature' } },
  ];
  const reads: typeof auth = [
    { label: 'odd Accept-Language', headers: { 'accept-language': 'xx;q=abc, en;q=2, *' } },
    { label: 'unknown query with NUL', headers: {}, query: '?zzz=%00' },
  ];
  const all = op.method === 'GET' && !op.path.includes('{') ? [...auth, ...reads] : auth;
  return all.map(({ label, headers, query }) => ({
    method: op.method,
    url: `${url}${query ?? ''}`,
    label,
    headers,
  }));
}

/** What is wrong with an answer, if anything: a 5xx, missing headers, an error that is no complete problem. */
function answerFailure(res: LightMyRequestResponse, c: ActorCase): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (res.headers['x-content-type-options'] !== 'nosniff') return 'no security headers';
  if (c.actor.headers.cookie && res.headers['cache-control'] !== 'no-store')
    return 'signed-in answer cacheable';
  if (res.statusCode < 400) return null;
  if (!String(res.headers['content-type']).startsWith('application/problem+json'))
    return `content-type ${res.headers['content-type']}`;
  const problem = JSON.parse(res.body) as Record<string, unknown>;
  const complete =
    typeof problem.type === 'string' &&
    typeof problem.title === 'string' &&
    typeof problem.detail === 'string' &&
    problem.status === res.statusCode;
  return complete ? null : `incomplete problem ${res.body.slice(0, 200)}`;
}

async function runCase(c: FuzzCase, actor: Record<string, string>) {
  return t.app.inject({
    method: c.method as 'GET',
    url: c.url,
    headers: { origin: TEST_ORIGIN, ...actor, ...c.headers },
    ...(c.payload !== undefined && { payload: c.payload }),
  });
}

interface ActorCase extends FuzzCase {
  actor: (typeof actors)[number];
}

/**
 * The cases in batches, each followed by one checksum: all of a read operation's cases (a read never
 * writes), a write operation's in chunks (a chunk with an accepted write cannot be checked).
 */
function batchesOf(random: Random): ActorCase[][] {
  return operations.flatMap((op) => {
    const base = baselineOf(ids, op);
    const cases = actors.flatMap((actor) =>
      [
        ...sample(mutationsOf(op, base), CASES_PER_OPERATION, random),
        ...bodyCasesOf(op, base),
        ...headerCases(op, base),
      ].map((c) => ({ ...c, actor })),
    );
    if (op.method === 'GET') return [cases];
    return Array.from({ length: Math.ceil(cases.length / WRITE_CHUNK) }, (_, i) =>
      cases.slice(i * WRITE_CHUNK, (i + 1) * WRITE_CHUNK),
    );
  });
}

describe('OpenAPI fuzzing', () => {
  it(`no 5xx, only problem+json errors, nothing written on 4xx (seed ${SEED})`, async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const batches = batchesOf(new Random(SEED));
    let cases = 0;
    let unverified = 0;
    const started = Date.now();
    let before = await checksum();
    for (const batch of batches) {
      let wrote = false;
      for (const c of batch) {
        const res = await runCase(c, c.actor.headers);
        cases++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const failure = answerFailure(res, c);
        if (failure)
          failures.push(`${c.method} ${c.url.slice(0, 160)} [${c.actor.name}; ${c.label}]: ${failure}`);
        if (c.method !== 'GET' && res.statusCode < 400) wrote = true;
      }
      const after = await checksum();
      if (wrote) unverified++;
      else if (after !== before)
        failures.push(
          `${batch[0]?.method} ${batch[0]?.url}: a batch of refused requests wrote to the database`,
        );
      before = after;
    }
    console.info(
      `fuzz: ${cases} cases over ${operations.length} operations in ${Date.now() - started} ms (seed ${SEED}); ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${batches.length} batches checked for writes, ` +
        `${unverified} of them with an accepted write`,
    );
    expect(failures.slice(0, 100)).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(5000);
  }, 300_000);
});
