import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { flagNeedsAmendment } from './reminders';

/** Statuses in which an agreement is in force and its promises are checked against reality. */
const LIVE_SQL = sql`('signed', 'active', 'review_due', 'amended')`;

/** How long a promised weekly or monthly service may go without a session before the agreement is flagged. */
const QUIET_MONTHS = 3;

interface Finding {
  agreementId: string;
  reason: 'offering_ended' | 'room_removed' | 'sessions_missing';
  detail: string;
}

/**
 * What the in-force version relies on, compared with the offerings and rooms modules:
 * - a referenced offering ended or was cancelled → `offering_ended`;
 * - a referenced room was removed → `room_removed`;
 * - a weekly, biweekly or monthly service linked to an offering had no session in the last three months
 *   (e.g. the promised monthly consultation hour does not take place) → `sessions_missing`.
 * One statement; the services live in the version's jsonb.
 */
async function findings(db: Database): Promise<Finding[]> {
  return queryRows<Finding>(
    db,
    sql`with promised as (
          select a.id as agreement_id, s.value as service
            from agreements a
            join agreement_versions v
              on v.agreement_id = a.id and v.number = coalesce(a.in_force_version, a.current_version)
            cross join lateral jsonb_array_elements(v.services) s
           where a.status in ${LIVE_SQL} and a.needs_amendment_reason is null)
        select p.agreement_id as "agreementId", 'offering_ended' as "reason", o.title as "detail"
          from promised p join offerings o on o.id = (p.service->>'offeringId')::uuid
         where o.status in ('ended', 'cancelled')
        union all
        select p.agreement_id, 'room_removed', r.name
          from promised p join rooms r on r.id = (p.service->>'roomId')::uuid
         where r.removed_at is not null
        union all
        select p.agreement_id, 'sessions_missing', o.title
          from promised p join offerings o on o.id = (p.service->>'offeringId')::uuid
         where p.service->>'frequency' in ('weekly', 'biweekly', 'monthly')
           and o.status not in ('ended', 'cancelled')
           and o.created_at < now() - make_interval(months => ${QUIET_MONTHS})
           and not exists (
             select 1 from offering_sessions os
              where os.offering_id = o.id and not os.cancelled
                and os.starts_at between now() - make_interval(months => ${QUIET_MONTHS}) and now())`,
  );
}

/**
 * Flags every agreement whose offerings or rooms no longer match it; returns how many were flagged. An
 * agreement already flagged keeps its first reason until it is amended (no flip-flopping between reasons).
 */
export async function checkReferencedOfferingsAndRooms(db: Database): Promise<number> {
  const firstPerAgreement = new Map<string, Finding>();
  for (const finding of await findings(db)) {
    if (!firstPerAgreement.has(finding.agreementId)) firstPerAgreement.set(finding.agreementId, finding);
  }
  let flagged = 0;
  for (const finding of firstPerAgreement.values()) {
    const changed = await db.transaction((tx) =>
      flagNeedsAmendment(tx, finding.agreementId, finding.reason, finding.detail),
    );
    if (changed) flagged++;
  }
  return flagged;
}
