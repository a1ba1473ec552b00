import { DEV_AUTH_SECRET, loadConfig } from './config';
import { openDatabase, preparePgliteTemplateFolder } from './db/client';

const USAGE = 'usage: tsx src/server/main.ts [start|migrate|seed|pglite-template]';
const COMMANDS = ['start', 'migrate', 'seed', 'pglite-template'];

// STARTUP_TRACE=1 prints each start-up phase to stderr: wall time since the last mark, CPU time of the
// process (all threads) since the last mark, and the time since the process started.
const isTracing = process.env.STARTUP_TRACE === '1';
let lastWall = 0;
let lastCpu = 0;
function mark(phase: string): void {
  if (!isTracing) return;
  const wall = performance.now();
  const { user, system } = process.cpuUsage();
  const cpu = (user + system) / 1000;
  console.error(
    `[startup] ${phase}: ${Math.round(wall - lastWall)} ms, cpu ${Math.round(cpu - lastCpu)} ms (at ${Math.round(wall)} ms)`,
  );
  lastWall = wall;
  lastCpu = cpu;
}

async function main(command: string) {
  mark('node + main module');
  if (command === 'pglite-template') {
    // Quiet when the template is current: scripts/build-server.mjs runs this before every npm start.
    const { path, isNew } = await preparePgliteTemplateFolder();
    if (isNew) console.log(`PGlite template prepared in ${path} (once per set of migrations).`);
    return;
  }
  const config = loadConfig();
  // Opening PGlite compiles its WebAssembly off the main thread: load the rest of the app meanwhile.
  const opening = openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: config.databasePoolSize,
  });
  const appLoading = import('./app');
  const demo = import('../../demo/load-musterstadt');
  // Unhandled until awaited: a failing open must not crash the process before main() reports it.
  appLoading.catch(() => {});
  demo.catch(() => {});
  const database = await opening;
  mark('open database (app modules loading meanwhile)');
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  await database.migrate();
  mark('migrate');
  if (command === 'migrate') {
    console.log(`Migrations applied (${where}).`);
    return database.close();
  }
  if (command === 'seed' || (command === 'start' && config.loadDemoData)) {
    const { isDatabaseEmpty, loadMusterstadt } = await demo;
    const isEmpty = await isDatabaseEmpty(database.db);
    mark('demo check');
    if (isEmpty) {
      await loadMusterstadt(database.db, { onPhase: mark });
      console.log('Demo municipality Musterstadt loaded.');
    } else if (command === 'seed') {
      console.log('The database is not empty; demo data not loaded.');
    }
  }
  if (command === 'seed') return database.close();

  const { buildApp } = await appLoading;
  mark('app modules loaded');
  const app = await buildApp(config, database);
  mark('build app');
  if (config.authSecret === DEV_AUTH_SECRET) {
    app.log.warn('AUTH_SECRET is not set: using the development secret. Set AUTH_SECRET in production.');
  }
  const stop = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  mark('listen');
  app.log.info(`Familiennetz on ${config.publicUrl} (${where})`);
}

const command = process.argv[2] ?? 'start';
if (!COMMANDS.includes(command)) {
  console.error(USAGE);
  process.exit(2);
}
main(command).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
