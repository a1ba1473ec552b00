import type { Executor } from '../../db/client';
import type { Locale } from '../../http/i18n-types';
import { agreementsBetween } from '../agreements/agreements-between';
import type { CooperationRelationship } from '../directory/cooperation-relationships';
import { relationshipStatusHistory } from '../directory/cooperation-relationships';
import { jointOfferingsOf } from '../offerings/joint-offerings';
import { proposalsForPair } from '../planning/proposals-for-pair';
import { recentRoomBookingsBetween, roomGrantsBetween } from '../rooms/room-use';
import { eventsOf, modelsById } from './cooperation-repo';
import type { TimelineEntry } from './cooperation-schemas';

/**
 * A cooperation's timeline (issue 17 §1): everything that hangs off the pair, newest first — status changes,
 * model changes and shared decisions, agreements, joint offerings, room grants and bookings. Each source is
 * read through its module's exported functions (decision 014).
 */
export async function timelineOf(
  db: Executor,
  relationship: CooperationRelationship,
  options: { locale: Locale; bookingTitles: boolean },
): Promise<TimelineEntry[]> {
  const { centreId, partnerId } = relationship;
  const [history, events, agreements, offerings, grants, bookings, proposals] = await Promise.all([
    relationshipStatusHistory(db, relationship.id),
    eventsOf(db, relationship.id),
    agreementsBetween(db, centreId, partnerId),
    jointOfferingsOf(db, centreId, partnerId),
    roomGrantsBetween(db, centreId, partnerId),
    recentRoomBookingsBetween(db, centreId, partnerId),
    proposalsForPair(db, centreId, partnerId),
  ]);
  const models = await modelsById(db, [
    ...events.map((e) => (typeof e.details.modelId === 'string' ? e.details.modelId : null)),
    ...proposals.map((p) => p.modelId),
  ]);
  const modelName = (id: unknown) => {
    const model = typeof id === 'string' ? models.get(id) : undefined;
    if (!model) return '';
    return options.locale === 'en' ? model.nameEn : model.nameDe;
  };
  const entries: TimelineEntry[] = [
    ...history.map((h) => entry(h.id, h.changedAt, 'status_changed', h.changedByName ?? '', h.status)),
    ...events.map((e) =>
      e.kind === 'model_changed'
        ? entry(e.id, e.createdAt, 'model_changed', modelName(e.details.modelId), null)
        : entry(e.id, e.createdAt, e.kind, e.organizationName ?? '', stringOrNull(e.details.decision)),
    ),
    ...agreements.flatMap((a) => {
      const link = `/vereinbarungen/${a.id}`;
      return [
        entry(a.id, a.createdAt, 'agreement_created', a.title, a.status, link),
        ...(a.signedAt ? [entry(a.id, a.signedAt, 'agreement_signed', a.title, a.status, link)] : []),
        ...(a.status === 'ended'
          ? [entry(a.id, endOf(a.endDate, a.updatedAt), 'agreement_ended', a.title, a.status, link)]
          : []),
      ];
    }),
    ...offerings.map((o) =>
      entry(o.id, o.createdAt, 'offering', o.title, o.status, `/angebote/verwalten/${o.id}`),
    ),
    // The Jugendamt's proposals of a model (issue 18 §6): the open ones are answered on the page.
    ...proposals.map((p) => entry(p.id, p.createdAt, 'planning_proposal', modelName(p.modelId), p.status)),
    ...grants.map((g) => entry(g.id, g.createdAt, 'room_granted', g.roomName, null, `/raeume/${g.roomId}`)),
    ...bookings.map((b) =>
      entry(
        b.id,
        b.startsAt,
        'room_booking',
        options.bookingTitles ? `${b.title} (${b.roomName})` : b.roomName,
        b.status,
        `/raeume/${b.roomId}/kalender`,
      ),
    ),
  ];
  return entries.sort((x, y) => y.at.getTime() - x.at.getTime());
}

function entry(
  sourceId: string,
  at: Date,
  kind: TimelineEntry['kind'],
  title: string,
  status: string | null,
  link: string | null = null,
): TimelineEntry {
  return { id: `${kind}:${sourceId}`, at: new Date(at), kind, title, status, link };
}

const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** An agreement ended on its end date if it has one, else when it was last changed (the ending). */
function endOf(endDate: string | null, updatedAt: Date): Date {
  return endDate ? new Date(`${endDate}T12:00:00Z`) : updatedAt;
}
