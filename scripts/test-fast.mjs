#!/usr/bin/env node
// The inner loop (README "Testing"): Vitest on PGlite only (projects unit and pglite, no PostgreSQL), for the
// files given (paths or parts of paths), or, without arguments, for the tests touched by uncommitted changes
// (vitest --changed follows imports: a changed module runs the tests that import it).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const selection = args.length > 0 ? args : ['--changed'];
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', '--project', 'pglite', ...selection], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
process.exit(result.status ?? 1);
