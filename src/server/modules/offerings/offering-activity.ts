import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { offeringSessions, offerings } from './schema';

/** Whether an offering still takes place, for modules that rely on it (e.g. agreements' cross-checks). */
export interface OfferingActivity {
  id: string;
  title: string;
  /** Ended or cancelled. */
  isOver: boolean;
  /** Still running and older than `quietMonths`, but without a session (not cancelled) in that time. */
  isQuiet: boolean;
}

const OVER = sql`${offerings.status} in ('ended', 'cancelled')`;

/** The activity of the given offerings (unknown ids are left out). */
export async function offeringActivity(
  db: Executor,
  offeringIds: string[],
  quietMonths: number,
): Promise<OfferingActivity[]> {
  if (offeringIds.length === 0) return [];
  const since = sql`now() - make_interval(months => ${quietMonths})`;
  const hadSession = sql`exists (select 1 from ${offeringSessions}
    where ${offeringSessions.offeringId} = ${offerings.id} and not ${offeringSessions.cancelled}
      and ${offeringSessions.startsAt} between ${since} and now())`;
  return db
    .select({
      id: offerings.id,
      title: offerings.title,
      isOver: sql<boolean>`${OVER}`,
      isQuiet: sql<boolean>`(not ${OVER} and ${offerings.createdAt} < ${since} and not ${hadSession})`,
    })
    .from(offerings)
    .where(inArray(offerings.id, [...new Set(offeringIds)]));
}
