// Bundles the server for `npm start`: plain Node loads one prepared file instead of compiling every
// TypeScript module at start-up (half a second less to healthy). Packages stay in node_modules;
// code splitting keeps the app in its own chunk so that PGlite opens while it loads.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server/main.ts'],
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
