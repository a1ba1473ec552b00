import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { checkReferencedOfferingsAndRooms } from './cross-checks';
import { advanceByDate } from './date-steps';
import { sendDueReminders } from './reminders';
import { checkVerbundMembership } from './verbund-check';

/** Runs the date steps, the Verbund, offering and room checks and the reminders every `intervalMs`. */
export function startAgreementJobs(
  db: Database,
  config: Config,
  log: FastifyBaseLogger,
  intervalMs = 3_600_000,
) {
  const run = async () => {
    try {
      await advanceByDate(db);
      await checkVerbundMembership(db);
      await checkReferencedOfferingsAndRooms(db);
      await sendDueReminders(db, config);
    } catch (error) {
      log.error({ err: error }, 'agreement jobs failed');
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
