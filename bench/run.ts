/**
 * `npm run bench [-- <benchmark…>] [options]` — runs the benchmarks, prints each one's figures, the
 * machine, and a summary table with every goal (see each benchmark's header for its goals).
 * Figures are also written to bench/results/<time>.json (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAgreementDocuments } from './agreement-documents';
import { benchAgreementsAttention } from './agreements-attention';
import { benchCapacity } from './capacity';
import { benchSearch } from './directory-search';
import { benchHttp } from './http-organizations';
import { describeMachine, printMachine } from './lib/machine';
import { DEFAULT_PG_URL } from './lib/postgres';
import { printSummary, type SummaryRow } from './lib/report';
import { repoRoot } from './lib/server';
import { benchOfferings } from './offerings-finder';
import { benchPlanning } from './planning';
import { benchPlanningGraph } from './planning-graph';
import { benchRoomsAvailability } from './rooms-availability';
import { benchBookingWrites } from './rooms-booking-writes';
import { benchSeal } from './seal';
import { benchStartup } from './startup';
import { benchWebBundle } from './web-bundle';

const BENCHMARKS = [
  'startup',
  'http',
  'search',
  'web-bundle',
  'documents',
  'attention',
  'capacity',
  'planning',
  'rooms',
  'booking-writes',
  'offerings',
  'planning-graph',
  'seal',
] as const;
type Benchmark = (typeof BENCHMARKS)[number];

const HELP = `usage: npm run bench -- [${BENCHMARKS.join('|')} …] [options]

benchmarks (default: all)
  startup            server start until /api/health is 200, empty and existing PGlite folder
  http               GET /api/v1/organizations signed in, /api/v1/me, /api/health,
                     the same SQL through pgbench, database round trips per request
  search             GET /api/v1/directory/search (text + 10 km + kind) as a centre lead on the NRW set
                     (PostgreSQL, 1 and 20 connections, same SQL through pgbench) and on PGlite (Musterstadt)
  documents          a 10-page cooperation agreement rendered as PDF and DOCX in process (--runs × 10 rounds)
  attention          agreements needing attention for the busiest municipality of the NRW set (PostgreSQL, p95)
  capacity           the capacity overview of the NRW set's largest municipality and one organisation's capacity
                     view (PostgreSQL, p95, the same SQL through pgbench with one client)
  planning           the planning dashboard (coverage, 2 years) of the NRW set's largest municipality and the state
                     aggregates of NW (PostgreSQL, p95, the same SQL through pgbench with one client)
  rooms              GET /api/v1/rooms/availability (2 km, capacity ≥ 10, Tuesdays 15–17, 8 weeks) as a centre
                     lead on the NRW set with ~1M bookings (PostgreSQL, 1 and 20 connections, same SQL through pgbench)
  booking-writes     POST /api/v1/rooms/{id}/bookings by 20 writers on 20 rooms (owner members) vs the app's INSERT
                     through pgbench with 20 clients, on the NRW set; writes far-future dates and deletes them again
  offerings          GET /api/v1/public/offerings (text + target group + 5 km + 30 days, no login) on the NRW set
                     with ~150,000 offerings (1 and 20 connections, same SQL through pgbench) and the .ics feed
                     of an organisation with ~50 recurring offerings
  web-bundle         gzipped initial JavaScript of the public finder /angebote (Vite build + manifest)
  planning-graph     the network graph of the NRW set's largest municipality drawn in Chromium (Cytoscape.js)
  seal               one centre's quality-seal self-check and the planner's seal overview of the NRW set's largest
                     municipality (PostgreSQL, p95, the captured SQL through pgbench with one client), the report PDF

options
  --runs <n>         start-up repetitions per case (default 5)
  --duration <s>     seconds per load run (default 10); the rounds against pgbench take half each
  --connections <n>  concurrent connections / pgbench clients (default 20)
  --pg <url>         PostgreSQL server (default ${DEFAULT_PG_URL}; env BENCH_PG_URL)
  --db <name>        bench database with the NRW-sized data set (default familiennetz_bench)
  --regenerate       drop and regenerate the bench database (search regenerates it by itself when
                     it has no directory profiles yet)
  --email <e-mail>   user to sign in as (default: a generated Jugendamt planner; for search a
                     generated centre lead)
  --pgbench-sql <captured|file>
                     replay the SQL captured from the server (default) or bench/sql/organizations-list.sql
  --log-level <lvl>  server LOG_LEVEL during the HTTP runs (default warn)
  --check            exit with status 1 when a goal is missed
`;

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} must be a positive integer`);
  return parsed;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      pg: { type: 'string' },
      db: { type: 'string' },
      regenerate: { type: 'boolean', default: false },
      email: { type: 'string' },
      'pgbench-sql': { type: 'string' },
      'log-level': { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const unknown = positionals.filter((p) => !(BENCHMARKS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    console.error(`unknown benchmark: ${unknown.join(', ')}\n\n${HELP}`);
    return 2;
  }
  const selected = new Set<Benchmark>(
    positionals.length > 0 ? BENCHMARKS.filter((b) => positionals.includes(b)) : BENCHMARKS,
  );
  const pgbenchSql = values['pgbench-sql'] ?? 'captured';
  if (pgbenchSql !== 'captured' && pgbenchSql !== 'file')
    throw new Error('--pgbench-sql must be captured or file');

  const machine = describeMachine();
  printMachine(machine, []);
  const rows: SummaryRow[] = [];
  const databases: string[] = [];
  const results: Record<string, unknown> = {};
  const startedAt = new Date();

  if (selected.has('startup')) {
    const startup = await benchStartup({ runs: positiveInteger(values.runs, 5, 'runs') });
    rows.push(...startup.rows);
    results.startup = startup.result;
  }
  if (selected.has('http')) {
    const http = await benchHttp({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: values.regenerate === true,
      durationS: positiveInteger(values.duration, 10, 'duration'),
      connections: positiveInteger(values.connections, 20, 'connections'),
      email: values.email,
      pgbenchSql,
      logLevel: values['log-level'] ?? 'warn',
    });
    rows.push(...http.rows);
    databases.push(...http.databases);
    results.http = http.result;
  }

  if (selected.has('search')) {
    const search = await benchSearch({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      // http has already regenerated it in this run.
      regenerate: values.regenerate === true && !selected.has('http'),
      durationS: positiveInteger(values.duration, 10, 'duration'),
      connections: positiveInteger(values.connections, 20, 'connections'),
      email: values.email,
      logLevel: values['log-level'] ?? 'warn',
    });
    rows.push(...search.rows);
    for (const database of search.databases) if (!databases.includes(database)) databases.push(database);
    results.search = search.result;
  }

  if (selected.has('offerings')) {
    const offerings = await benchOfferings({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: values.regenerate === true && !selected.has('http') && !selected.has('search'),
      durationS: positiveInteger(values.duration, 10, 'duration'),
      connections: positiveInteger(values.connections, 20, 'connections'),
      email: values.email,
      logLevel: values['log-level'] ?? 'warn',
    });
    rows.push(...offerings.rows);
    results.offerings = offerings.result;
  }

  if (selected.has('rooms')) {
    const rooms = await benchRoomsAvailability({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: values.regenerate === true && !selected.has('http') && !selected.has('search'),
      durationS: positiveInteger(values.duration, 10, 'duration'),
      connections: positiveInteger(values.connections, 20, 'connections'),
      email: values.email,
      logLevel: values['log-level'] ?? 'warn',
    });
    rows.push(...rooms.rows);
    for (const database of rooms.databases) if (!databases.includes(database)) databases.push(database);
    results.rooms = rooms.result;
  }

  if (selected.has('booking-writes')) {
    const writes = await benchBookingWrites({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: false,
      durationS: positiveInteger(values.duration, 10, 'duration'),
      connections: positiveInteger(values.connections, 20, 'connections'),
      email: values.email,
      logLevel: values['log-level'] ?? 'warn',
    });
    rows.push(...writes.rows);
    for (const database of writes.databases) if (!databases.includes(database)) databases.push(database);
    results.bookingWrites = writes.result;
  }

  if (selected.has('web-bundle')) {
    const webBundle = await benchWebBundle();
    rows.push(...webBundle.rows);
    results.webBundle = webBundle.result;
  }

  if (selected.has('documents')) {
    const documents = await benchAgreementDocuments({ runs: 10 * positiveInteger(values.runs, 5, 'runs') });
    rows.push(...documents.rows);
    results.documents = documents.result;
  }

  if (selected.has('attention')) {
    const attention = await benchAgreementsAttention({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: false,
      runs: 40 * positiveInteger(values.runs, 5, 'runs'),
    });
    rows.push(...attention.rows);
    results.attention = attention.result;
  }

  if (selected.has('capacity')) {
    const capacity = await benchCapacity({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: false,
      runs: 40 * positiveInteger(values.runs, 5, 'runs'),
    });
    rows.push(...capacity.rows);
    results.capacity = capacity.result;
  }

  if (selected.has('planning-graph')) {
    const graph = await benchPlanningGraph({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      runs: positiveInteger(values.runs, 5, 'runs'),
    });
    rows.push(...graph.rows);
    results.planningGraph = graph.result;
  }

  if (selected.has('planning')) {
    const planning = await benchPlanning({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: false,
      runs: 20 * positiveInteger(values.runs, 5, 'runs'),
    });
    rows.push(...planning.rows);
    results.planning = planning.result;
  }

  if (selected.has('seal')) {
    const seal = await benchSeal({
      pgUrl: values.pg ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
      database: values.db ?? 'familiennetz_bench',
      regenerate: false,
      runs: 20 * positiveInteger(values.runs, 5, 'runs'),
    });
    rows.push(...seal.rows);
    results.seal = seal.result;
  }

  console.log();
  printMachine(machine, databases);
  printSummary(rows);

  const resultsDir = join(repoRoot, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt, machine, databases, summary: rows, results }, null, 2)}\n`,
  );
  console.log(`\nFigures written to ${file}`);
  const missed = rows.filter((r) => r.isMet === false).length;
  if (missed > 0) console.log(`${missed} goal(s) missed.`);
  return values.check && missed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
