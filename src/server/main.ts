import { DEV_AUTH_SECRET, loadConfig } from './config';
import { openDatabase } from './db/client';

const USAGE = 'usage: tsx src/server/main.ts [start|migrate|seed]';

async function main(command: string) {
  const config = loadConfig();
  // Opening PGlite compiles its WebAssembly off the main thread: load the rest of the app meanwhile.
  const opening = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const [{ buildApp }, { isDatabaseEmpty, loadMusterstadt }] = await Promise.all([
    import('./app'),
    import('../../demo/load-musterstadt'),
  ]);
  const database = await opening;
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  await database.migrate();
  if (command === 'migrate') {
    console.log(`Migrations applied (${where}).`);
    return database.close();
  }
  if (command === 'seed' || (command === 'start' && config.loadDemoData)) {
    if (await isDatabaseEmpty(database.db)) {
      await loadMusterstadt(database.db);
      console.log('Demo municipality Musterstadt loaded.');
    } else if (command === 'seed') {
      console.log('The database is not empty; demo data not loaded.');
    }
  }
  if (command === 'seed') return database.close();

  const app = await buildApp(config, database);
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
  app.log.info(`Familiennetz on ${config.publicUrl} (${where})`);
}

const command = process.argv[2] ?? 'start';
if (!['start', 'migrate', 'seed'].includes(command)) {
  console.error(USAGE);
  process.exit(2);
}
main(command).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
