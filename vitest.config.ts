import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three projects (README "Testing"):
 * - unit: test files that open no database; they run once.
 * - pglite, postgres: database tests, run on each engine (postgres only when TEST_DATABASE_URL is set). A test
 *   file is a database test when it uses src/server/test/build-app.ts or scratch-database.ts, or reads
 *   TEST_ENGINE/TEST_DATABASE_URL. Each engine is migrated once per run (src/server/test/global-setup.ts).
 */
const roots = ['src', 'demo', 'scripts'];
const testFiles = roots.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(root, file)),
);
const databaseTest = /test\/(build-app|scratch-database)'|TEST_ENGINE|TEST_DATABASE_URL/;
const databaseFiles = testFiles.filter((file) => databaseTest.test(readFileSync(file, 'utf8')));
const unitFiles = testFiles.filter((file) => !databaseFiles.includes(file));

// Measured on 2 cores (README "Testing"): forks, 2 workers, and no fresh module graph per file (isolate: false):
// the app's modules are imported once per worker instead of once per file (about 40% less CPU). Each file
// still gets its own app and database; a file that changes global state (fake timers, environment) restores it.
const common = {
  setupFiles: ['src/server/test/setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
  maxWorkers: 2,
  isolate: false,
};

function databaseProject(engine: 'pglite' | 'postgres'): TestProjectInlineConfiguration {
  return {
    test: {
      ...common,
      name: engine,
      include: databaseFiles,
      env: { TEST_ENGINE: engine, TZ: 'UTC' },
      globalSetup: ['src/server/test/global-setup.ts'],
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'unit', include: unitFiles, env: { TZ: 'UTC' } } },
      databaseProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [databaseProject('postgres')] : []),
    ],
  },
});
