/**
 * Start-up time: spawning the server (`node dist/server/main.js start`, bundled as by npm start, PGlite, DEMO_DATA=1)
 * until GET /api/health answers 200.
 *
 * Goals (median of --runs):
 *   - empty PGlite folder (migrations + demo municipality):  < 5 s
 *   - existing PGlite folder (nothing to migrate or load):  < 1.5 s
 *
 * For a breakdown, start the server with STARTUP_TRACE=1: it prints each phase's wall and CPU time to
 * stderr (open database, migrate, demo check, each part of the demo load, build app, listen), which
 * tells more than wall time on a busy machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heading, median, printTable, type SummaryRow, seconds } from './lib/report';
import { startServer } from './lib/server';

export const STARTUP_GOALS = { emptyMs: 5_000, existingMs: 1_500 };

export interface StartupResult {
  emptyMs: number[];
  existingMs: number[];
}

export async function benchStartup(options: {
  runs: number;
}): Promise<{ result: StartupResult; rows: SummaryRow[] }> {
  heading('Start-up (PGlite, DEMO_DATA=1)');
  const root = mkdtempSync(join(tmpdir(), 'familiennetz-bench-startup-'));
  const result: StartupResult = { emptyMs: [], existingMs: [] };
  try {
    // tsx compiles on first use and caches; one unmeasured start keeps that out of the first figure.
    const warmDir = join(root, 'warm-up');
    await (await startServer({ dataDir: warmDir, loadDemoData: true })).stop();
    let lastDir = warmDir;
    for (let i = 0; i < options.runs; i++) {
      lastDir = join(root, `empty-${i}`);
      const server = await startServer({ dataDir: lastDir, loadDemoData: true });
      result.emptyMs.push(server.startupMs);
      await server.stop();
      console.log(`  empty folder     run ${i + 1}: ${seconds(server.startupMs)}`);
    }
    for (let i = 0; i < options.runs; i++) {
      const server = await startServer({ dataDir: lastDir, loadDemoData: true });
      result.existingMs.push(server.startupMs);
      await server.stop();
      console.log(`  existing folder  run ${i + 1}: ${seconds(server.startupMs)}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const emptyMedian = median(result.emptyMs);
  const existingMedian = median(result.existingMs);
  console.log();
  printTable(
    ['case', 'median', 'min', 'max', 'goal'],
    [
      [
        'empty folder',
        seconds(emptyMedian),
        seconds(Math.min(...result.emptyMs)),
        seconds(Math.max(...result.emptyMs)),
        '< 5 s',
      ],
      [
        'existing folder',
        seconds(existingMedian),
        seconds(Math.min(...result.existingMs)),
        seconds(Math.max(...result.existingMs)),
        '< 1.5 s',
      ],
    ],
  );
  return {
    result,
    rows: [
      {
        benchmark: 'startup',
        metric: 'empty PGlite folder (migrate + demo), median',
        value: seconds(emptyMedian),
        goal: '< 5 s',
        isMet: emptyMedian < STARTUP_GOALS.emptyMs,
      },
      {
        benchmark: 'startup',
        metric: 'existing PGlite folder, median',
        value: seconds(existingMedian),
        goal: '< 1.5 s',
        isMet: existingMedian < STARTUP_GOALS.existingMs,
      },
    ],
  };
}
