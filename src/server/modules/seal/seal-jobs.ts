import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { sendDueCycleReminders } from './cycle-reminders';

/** Runs the re-certification reminders every `intervalMs` (hourly), beside the agreement jobs. */
export function startSealJobs(db: Database, config: Config, log: FastifyBaseLogger, intervalMs = 3_600_000) {
  const run = async () => {
    try {
      await sendDueCycleReminders(db, config);
    } catch (error) {
      log.error({ err: error }, 'seal jobs failed');
    }
  };
  const first = setTimeout(run, 10_000);
  const timer = setInterval(run, intervalMs);
  timer.unref();
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
