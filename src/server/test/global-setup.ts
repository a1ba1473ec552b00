/**
 * Migrates once per run instead of once per test file (vitest.config.ts runs this for each database project).
 * PGlite: the migrated template that `npm start` also uses (pglite-template.ts) is dumped to a tarball, kept in
 * the temporary folder under the template's key (a hash of PGlite and the migrations), so a later run reuses
 * it; each test file loads it into an in-memory PGlite. PostgreSQL: one template database per run, migrated
 * here; each test file copies it (CREATE DATABASE … TEMPLATE) and drops its copy afterwards.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPglite, openDatabase, preparePgliteTemplateFolder } from '../db/client';
import { copyPgliteTemplate, pgliteTemplateKey } from '../db/pglite-template';
import { adminQuery } from './scratch-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data folder (see openTestDatabase). */
    pgliteDump: string;
    /** The migrated template database on the server of TEST_DATABASE_URL. */
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (project.name === 'pglite') {
    project.provide('pgliteDump', await preparePgliteDump());
    return undefined;
  }
  if (project.name === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('the postgres project needs TEST_DATABASE_URL');
    const name = await preparePostgresTemplate(serverUrl);
    project.provide('postgresTemplate', name);
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
  }
  return undefined;
}

async function preparePgliteDump(): Promise<string> {
  const folder = join(tmpdir(), 'familiennetz-test-pglite');
  const dump = join(folder, `${pgliteTemplateKey()}.tar`);
  if (existsSync(dump)) return dump;
  mkdirSync(folder, { recursive: true });
  await preparePgliteTemplateFolder();
  const dataDir = mkdtempSync(join(folder, 'data-'));
  try {
    if (!copyPgliteTemplate(dataDir)) throw new Error('no PGlite template to dump');
    const client = await createPglite(dataDir);
    try {
      const blob = await client.dumpDataDir('none');
      const temporary = `${dump}.${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.from(await blob.arrayBuffer()));
      renameSync(temporary, dump);
    } finally {
      await client.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return dump;
}

async function preparePostgresTemplate(serverUrl: string): Promise<string> {
  const name = `fn_test_template_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const handle = await openDatabase({ url: url.toString(), poolMax: 1 });
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  return name;
}
