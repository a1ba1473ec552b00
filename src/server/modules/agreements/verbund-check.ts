import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { organizations } from '../accounts/schema';
import { LIVE_STATUSES } from './lifecycle';
import { flagNeedsAmendment } from './needs-amendment';
import { agreementParties, agreements } from './schema';

/** A facility left a Verbund an agreement relies on: the agreement needs amending. Returns how many were flagged. */
export async function checkVerbundMembership(db: Database): Promise<number> {
  const parties = await db
    .select({ agreementId: agreementParties.agreementId, verbundMembers: agreementParties.verbundMembers })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .where(
      and(
        inArray(agreements.status, [...LIVE_STATUSES]),
        sql`${agreementParties.verbundMembers} <> '{}'::jsonb`,
      ),
    );
  let flagged = 0;
  for (const party of parties) {
    for (const [verbundId, recorded] of Object.entries(party.verbundMembers)) {
      if (recorded.length === 0) continue;
      const current = await db
        .select({ id: organizations.id, name: organizations.name, networkId: organizations.networkId })
        .from(organizations)
        .where(inArray(organizations.id, recorded));
      const left = current.filter((o) => o.networkId !== verbundId);
      if (left.length === 0) continue;
      const detail = left.map((o) => o.name).join(', ');
      const changed = await db.transaction((tx) =>
        flagNeedsAmendment(tx, party.agreementId, 'verbund_member_left', detail),
      );
      if (changed) flagged++;
    }
  }
  return flagged;
}
