import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client';
import { offeringActivity } from '../offerings/offering-activity';
import { removedRooms } from '../rooms/room-status';
import { LIVE_STATUSES } from './lifecycle';
import { flagNeedsAmendment, type NeedsAmendmentReason } from './needs-amendment';

/** How long a promised weekly or monthly service may go without a session before the agreement is flagged. */
const QUIET_MONTHS = 3;
const REGULAR = new Set(['weekly', 'biweekly', 'monthly']);

interface PromisedService {
  agreementId: string;
  offeringId: string | null;
  roomId: string | null;
  frequency: string | null;
}

interface Finding {
  agreementId: string;
  reason: Extract<NeedsAmendmentReason, 'offering_ended' | 'room_removed' | 'sessions_missing'>;
  detail: string;
}

/** The services of each unflagged agreement's in-force version that name an offering or a room. */
async function promisedServices(db: Database): Promise<PromisedService[]> {
  const live = sql.join(
    LIVE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return queryRows<PromisedService>(
    db,
    sql`select a.id as "agreementId", s.value->>'offeringId' as "offeringId", s.value->>'roomId' as "roomId",
               s.value->>'frequency' as "frequency"
          from agreements a
          join agreement_versions v
            on v.agreement_id = a.id and v.number = coalesce(a.in_force_version, a.current_version)
          cross join lateral jsonb_array_elements(v.services) s
         where a.status in (${live}) and a.needs_amendment_reason is null
           and (s.value->>'offeringId' is not null or s.value->>'roomId' is not null)`,
  );
}

/**
 * What the in-force version relies on, compared with the offerings and rooms modules:
 * - a referenced offering ended or was cancelled → `offering_ended`;
 * - a referenced room was removed → `room_removed`;
 * - a weekly, biweekly or monthly service linked to an offering had no session in the last three months
 *   (e.g. the promised monthly consultation hour does not take place) → `sessions_missing`.
 * In this order of weight: an agreement gets the first that applies.
 */
async function findings(db: Database): Promise<Finding[]> {
  const promised = await promisedServices(db);
  const ids = (key: 'offeringId' | 'roomId') => promised.flatMap((p) => (p[key] ? [p[key]] : []));
  const offerings = new Map(
    (await offeringActivity(db, ids('offeringId'), QUIET_MONTHS)).map((o) => [o.id, o]),
  );
  const rooms = new Map((await removedRooms(db, ids('roomId'))).map((r) => [r.id, r.name]));
  const checks: ((p: PromisedService) => Finding | undefined)[] = [
    (p) => {
      const offering = offerings.get(p.offeringId ?? '');
      return offering?.isOver
        ? { agreementId: p.agreementId, reason: 'offering_ended', detail: offering.title }
        : undefined;
    },
    (p) => {
      const room = rooms.get(p.roomId ?? '');
      return room !== undefined
        ? { agreementId: p.agreementId, reason: 'room_removed', detail: room }
        : undefined;
    },
    (p) => {
      const offering = offerings.get(p.offeringId ?? '');
      return offering?.isQuiet && REGULAR.has(p.frequency ?? '')
        ? { agreementId: p.agreementId, reason: 'sessions_missing', detail: offering.title }
        : undefined;
    },
  ];
  return checks.flatMap((check) => promised.flatMap((p) => check(p) ?? []));
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
