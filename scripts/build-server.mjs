// Bundles the server for `npm start`: plain Node loads a few prepared files instead of compiling every
// TypeScript module at start-up (half a second less to healthy). Pure-JavaScript packages are bundled
// too: resolving and loading their thousands of files took ~1.5 s of CPU at start (bench/startup.ts).
// Packages that read files next to their own code stay in node_modules (see `external`). Code splitting
// keeps the app in its own chunk so that PGlite opens while it loads.
// Then prepares the migrated PGlite template that new data folders are copied from (initdb and the
// migrations take seconds; done once per set of migrations, a no-op while it is current).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: ['src/server/main.ts'],
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [
    '@electric-sql/pglite', // loads its WebAssembly and data files from its own folder
    '@electric-sql/pglite/*',
    '@scalar/fastify-api-reference', // reads its browser bundle from its own folder
    '@fastify/swagger', // reads its own package.json
    'pdfkit', // font metrics files; loaded on the first PDF only
    'docx', // loaded on the first Word document only
    'docx/*',
    'pg', // PostgreSQL only, loaded on demand; optional pg-native
    'pg-native',
    'fs-native-extensions', // native addon: loads its prebuilt binary from its own folder
  ],
  // Bundled CommonJS packages require Node's built-in modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
});

if (process.env.PGLITE_TEMPLATE !== '0') {
  try {
    execFileSync(process.execPath, ['--enable-source-maps', 'dist/server/main.js', 'pglite-template'], {
      cwd: root,
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch (error) {
    // Not fatal: without a template a new data folder is initialised from scratch, only slower.
    console.warn(`PGlite template not prepared: ${error instanceof Error ? error.message : error}`);
  }
}
