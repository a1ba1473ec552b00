/**
 * A prepared PGlite data folder: initdb plus every migration, done once by `npm start`'s build
 * (scripts/build-server.mjs → `main.js pglite-template`) instead of on every new data folder. A new
 * folder starts as a copy of it: a native file copy takes milliseconds, initdb and the migrations
 * take seconds. The template's name is a hash of everything it depends on (PGlite version and settings,
 * the migration files), so a stale template is never used; migrate() still runs after opening.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fromProjectRoot } from '../paths';

export const migrationsFolder = fromProjectRoot('src/server/db/migrations');
const templatesFolder = fromProjectRoot('dist/pglite-template');
/** PGlite decides "existing database" by this file: it is copied last. */
const VERSION_FILE = 'PG_VERSION';

/**
 * PGlite's defaults with smaller shared buffers: PGlite zeroes all of its shared memory on every start
 * (128 MB by default, ~0.5 s of CPU); 32 MB hold the demo municipality several times over, and pages
 * beyond that come from the operating system's file cache.
 */
export const PGLITE_START_PARAMS: string[] = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
const EXTENSIONS = ['btree_gist', 'pg_trgm', 'unaccent'];

interface Journal {
  entries: { when: number; tag: string }[];
}

function readJournal(): Journal {
  return JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
}

function pgliteVersion(): string {
  // The package exports no package.json; it lies next to dist/.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const file = join(dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Hash of what the template's content depends on. */
export function pgliteTemplateKey(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ format: 1, pglite: pgliteVersion(), PGLITE_START_PARAMS, EXTENSIONS }));
  hash.update(readFileSync(join(migrationsFolder, 'meta/_journal.json')));
  for (const entry of readJournal().entries) {
    hash.update(entry.tag);
    hash.update(readFileSync(join(migrationsFolder, `${entry.tag}.sql`)));
  }
  return hash.digest('hex').slice(0, 20);
}

export function pgliteTemplatePath(key = pgliteTemplateKey()): string {
  return join(templatesFolder, key);
}

/**
 * Fills a data folder that holds no database yet from the template; false when there is no current
 * template (PGlite then runs initdb as usual). A copy cut short leaves no PG_VERSION and is redone.
 */
export function copyPgliteTemplate(dataDir: string): boolean {
  if (existsSync(join(dataDir, VERSION_FILE))) return false;
  let template: string;
  try {
    template = pgliteTemplatePath();
  } catch {
    return false;
  }
  if (!existsSync(join(template, VERSION_FILE))) return false;
  const entries = readdirSync(template).filter((name) => name !== VERSION_FILE);
  try {
    for (const name of entries) {
      cpSync(join(template, name), join(dataDir, name), { recursive: true, force: true });
    }
    copyFileSync(join(template, VERSION_FILE), join(dataDir, VERSION_FILE));
    return true;
  } catch {
    // E.g. the template was replaced meanwhile: leave the folder as it was, initdb will fill it.
    for (const name of [...entries, VERSION_FILE])
      rmSync(join(dataDir, name), { recursive: true, force: true });
    return false;
  }
}

/** True when the newest migration of the journal is recorded: drizzle's migrator would do nothing. */
export async function isPgliteMigrated(client: PGlite): Promise<boolean> {
  const newest = readJournal().entries.at(-1)?.when;
  if (newest === undefined) return true;
  try {
    const { rows } = await client.query<{ created_at: string | number | null }>(
      'select max(created_at) as created_at from drizzle.__drizzle_migrations',
    );
    const applied = rows[0]?.created_at;
    return applied !== null && applied !== undefined && Number(applied) >= newest;
  } catch {
    return false; // no migrations table yet
  }
}

/**
 * Makes the template for the current key unless it exists: `build` creates, migrates and cleanly closes
 * a database in the given folder. Prepared under a temporary name and renamed, so a template folder is
 * always complete; templates of other keys are removed.
 */
export async function preparePgliteTemplate(
  build: (dataDir: string) => Promise<void>,
): Promise<{ path: string; isNew: boolean }> {
  const key = pgliteTemplateKey();
  const path = pgliteTemplatePath(key);
  if (existsSync(join(path, VERSION_FILE))) return { path, isNew: false };
  const temporary = join(templatesFolder, `.tmp-${process.pid}-${Date.now()}`);
  rmSync(temporary, { recursive: true, force: true });
  try {
    await build(temporary);
    try {
      renameSync(temporary, path);
    } catch (error) {
      // Another build made it meanwhile.
      if (!existsSync(join(path, VERSION_FILE))) throw error;
    }
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  for (const name of readdirSync(templatesFolder)) {
    if (name !== key && !name.startsWith('.tmp-')) {
      rmSync(join(templatesFolder, name), { recursive: true, force: true });
    }
  }
  return { path, isNew: true };
}
