/**
 * Scale generator CLI:
 *   npm run demo:generate -- --municipalities 186 --centres 3250 --partners 30000 [--data-dir ./data-nrw] [--seed 42]
 * Without --data-dir it uses DATABASE_URL (PostgreSQL) if set, else PGlite in ./data-nrw.
 * Refuses to touch a database that already has organisations, unless --resume: then it keeps the directory
 * and fills only what is still empty (agreements, offerings, rooms, cooperations, seal), e.g. after an interrupted run.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../src/server/db/client';
import { generateScaleAgreements } from './scale-agreements';
import { generateScaleCooperations } from './scale-cooperations';
import { DatabaseNotEmptyError, generateScaleData, NRW_SIZE } from './scale-data';
import { generateScaleOfferings } from './scale-offerings';
import { generateScalePlanningTasks } from './scale-planning-coordination';
import { generateScalePlanningDistricts } from './scale-planning-districts';
import { generateScaleRooms } from './scale-rooms';
import { generateScaleSeal } from './scale-seal';

const USAGE =
  'usage: npm run demo:generate -- [--municipalities 186] [--centres 3250] [--partners 30000] [--seed 42] [--data-dir ./data-nrw] [--resume]';

function count(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return parsed;
}

async function main(): Promise<number> {
  let options: {
    municipalities: number;
    centres: number;
    partners: number;
    seed: number;
    dataDir: string | undefined;
    resume: boolean;
  };
  try {
    const { values } = parseArgs({
      options: {
        municipalities: { type: 'string' },
        centres: { type: 'string' },
        partners: { type: 'string' },
        seed: { type: 'string' },
        'data-dir': { type: 'string' },
        resume: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    options = {
      municipalities: count(values.municipalities, 'municipalities', NRW_SIZE.municipalities, 1),
      centres: count(values.centres, 'centres', NRW_SIZE.centres, 0),
      partners: count(values.partners, 'partners', NRW_SIZE.partners, 0),
      seed: count(values.seed, 'seed', 42, 0),
      dataDir: values['data-dir'],
      resume: values.resume ?? false,
    };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 1;
  }

  const url = options.dataDir ? undefined : process.env.DATABASE_URL || undefined;
  const dataDir = url ? undefined : (options.dataDir ?? './data-nrw');
  const target = url ? `PostgreSQL ${url.replace(/\/\/[^@/]*@/, '//…@')}` : `PGlite in ${dataDir}`;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  console.log(
    `Generating ${options.municipalities} municipalities, ${options.centres} centres, ${options.partners} partners ` +
      `(seed ${options.seed}) into ${target}`,
  );
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );

  const handle = await openDatabase({ url, dataDir, poolMax: 2 });
  try {
    await handle.migrate();
    console.log(`[${elapsed()}] migrated`);
    const [orgs] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from organizations`,
    );
    if (options.resume && (orgs?.n ?? 0) > 0)
      console.log(`[${elapsed()}] directory: ${orgs?.n} organisations kept`);
    else {
      await generateScaleData(handle.db, {
        ...options,
        onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
      });
    }
    await generateScaleAgreements(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    await generateScaleOfferings(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    await generateScaleRooms(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    await generateScalePlanningDistricts(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    const cooperationsStarted = performance.now();
    await generateScaleCooperations(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    console.log(`cooperations took ${((performance.now() - cooperationsStarted) / 1000).toFixed(1)} s`);
    await generateScalePlanningTasks(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    await generateScaleSeal(handle.db, {
      seed: options.seed,
      onProgress: (message) => console.log(`[${elapsed()}] ${message}`),
    });
    const byType = await queryRows<{ type: string; n: number }>(
      handle.db,
      sql`select type::text as type, count(*)::int as n from organizations group by type order by type`,
    );
    const [totals] = await queryRows<Record<string, number>>(
      handle.db,
      sql`select (select count(*)::int from municipalities) as municipalities,
                 (select count(*)::int from districts) as districts,
                 (select count(*)::int from organizations where network_id is not null) as centres_in_networks,
                 (select count(*)::int from users) as users,
                 (select count(*)::int from memberships) as memberships,
                 (select count(*)::int from partner_profiles) as profiles,
                 (select count(*)::int from partner_profiles
                   where last_confirmed_at < now() - interval '6 months') as stale_profiles,
                 (select count(*)::int from organization_kinds) as organization_kinds,
                 (select count(*)::int from contact_persons) as contact_persons,
                 (select count(*)::int from partner_relationships) as relationships,
                 (select count(*)::int from relationship_status_changes) as status_changes`,
    );
    console.log(`Done in ${elapsed()} on ${handle.engine}.`);
    console.table({ ...totals, ...Object.fromEntries(byType.map((row) => [row.type, row.n])) });
    return 0;
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) {
      console.error(`Refusing: ${error.message} Use an empty database or another --data-dir.`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
