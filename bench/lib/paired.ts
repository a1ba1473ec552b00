import type { LoadResult } from './load';
import type { PgbenchResult } from './postgres';
import { median, perSecond, printTable } from './report';

export interface PairedRound {
  app: LoadResult;
  pgbench: PgbenchResult;
  ratio: number;
}

export interface PairedComparison {
  rounds: PairedRound[];
  /** Median of the rounds' app ÷ pgbench ratios. */
  ratio: number;
  /** The runs of the median round, for the summary's req/s and latencies. */
  app: LoadResult;
  pgbench: PgbenchResult;
}

/**
 * The app against the same SQL through pgbench, in alternating short rounds rather than one long run each.
 * This machine's speed drifts by up to a factor of two within minutes (other guests on the host: pgbench alone gave
 * 480 and 800 tps for the same statement a minute apart), so two runs minutes apart compare the machine, not the
 * app. Each round runs both back to back, the order swapping every round, and the median round's ratio counts.
 */
async function compareWithPgbench(options: {
  rounds: number;
  roundS: number;
  app: (durationS: number) => Promise<LoadResult>;
  pgbench: (durationS: number) => Promise<PgbenchResult>;
}): Promise<PairedComparison> {
  const rounds: PairedRound[] = [];
  for (let i = 0; i < options.rounds; i++) {
    let app: LoadResult;
    let pgbench: PgbenchResult;
    if (i % 2 === 0) {
      app = await options.app(options.roundS);
      pgbench = await options.pgbench(options.roundS);
    } else {
      pgbench = await options.pgbench(options.roundS);
      app = await options.app(options.roundS);
    }
    rounds.push({ app, pgbench, ratio: app.requestsPerSecond / pgbench.tps });
  }
  const ratio = median(rounds.map((r) => r.ratio));
  const middle = rounds.find((r) => r.ratio === ratio) ?? (rounds[0] as PairedRound);
  printTable(
    ['round', 'app req/s', 'pgbench tps', 'app ÷ pgbench'],
    rounds.map((r, i) => [
      String(i + 1),
      perSecond(r.app.requestsPerSecond),
      perSecond(r.pgbench.tps),
      r.ratio.toFixed(2),
    ]),
  );
  console.log(`median ratio ${ratio.toFixed(2)} over ${rounds.length} rounds of ${options.roundS} s each`);
  return { rounds, ratio, app: middle.app, pgbench: middle.pgbench };
}

/** Rounds the comparison alternates through, each half a run's duration. */
export const PAIRED_ROUNDS = 5;

/**
 * The many-connection run of a benchmark: compared with pgbench in alternating rounds when there is a pgbench
 * replay, else one run of `durationS`.
 */
export async function manyConnectionsRun(options: {
  app: (durationS: number) => Promise<LoadResult>;
  pgbench: ((durationS: number) => Promise<PgbenchResult>) | undefined;
  durationS: number;
}): Promise<{ app: LoadResult; paired: PairedComparison | undefined }> {
  if (!options.pgbench) return { app: await options.app(options.durationS), paired: undefined };
  const paired = await compareWithPgbench({
    rounds: PAIRED_ROUNDS,
    roundS: options.durationS / 2,
    app: options.app,
    pgbench: options.pgbench,
  });
  return { app: paired.app, paired };
}
