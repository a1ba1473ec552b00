import type { z } from 'zod';
import type { Executor } from '../../db/client';
import type { Actor } from '../../policy';
import {
  AGREED_STATES,
  isShownToFamilies,
  missingConsents,
  type OfferingRef,
  offeringRefOf,
  permissions,
} from './policy';
import { endTimeOf } from './recurrence';
import * as repo from './repo';
import type { Offering, offeringContentSchema } from './schemas';

type OfferingContent = z.infer<typeof offeringContentSchema>;

/** The co-organisers' permissions, with whose consent is still missing in this round. */
export function permissionsOf(
  actor: Actor | null,
  ref: OfferingRef,
  round: number,
  consents: { organizationId: string; round: number }[],
) {
  return permissions(actor, { ...ref, missingConsents: missingConsents(ref, round, consents) });
}

export function presentSession(s: repo.SessionRow) {
  return {
    id: s.id,
    scheduleId: s.scheduleId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    moved: s.originalStartsAt === null || s.originalStartsAt.getTime() !== s.startsAt.getTime(),
    cancelled: s.cancelled,
    participants: s.participants,
    note: s.note,
    roomId: s.roomId,
  };
}

export function presentSchedule(s: Awaited<ReturnType<typeof repo.schedulesOf>>[number]) {
  return {
    id: s.id,
    startDate: s.startDate,
    startTime: s.startTime,
    endTime: endTimeOf(s.startTime, s.durationMinutes),
    durationMinutes: s.durationMinutes,
    rrule: s.rrule,
    exdates: s.exdates,
    timeZone: s.timeZone,
  };
}

export function placeOf(row: repo.OfferingRow, districtName: string | null) {
  return {
    name: row.placeName,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    districtId: row.districtId,
    districtName,
    roomId: row.roomId,
  };
}

/** What an offering says, the same for co-organisers and families (offeringContentSchema). */
export function offeringContentOf(row: repo.OfferingRow): OfferingContent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    plainDescription: row.plainDescription,
    format: row.format as OfferingContent['format'],
    themes: row.themes,
    targetGroups: row.targetGroups,
    ageFrom: row.ageFrom,
    ageTo: row.ageTo,
    languages: row.languages,
    feeCents: row.feeCents,
    reducedFeeCents: row.reducedFeeCents,
    feeNote: row.feeNote,
    registration: row.registration,
    accessibility: row.accessibility,
    accessibilityNote: row.accessibilityNote,
  };
}

/** The full record as co-organisers see it, with what this actor may do. */
export async function presentOffering(
  db: Executor,
  actor: Actor | null,
  row: repo.OfferingRow,
): Promise<Offering> {
  const [organizers, consents, schedules, sessions, district, evaluator] = await Promise.all([
    repo.organizersOf(db, [row.id]),
    repo.consentsOf(db, [row.id]),
    repo.schedulesOf(db, row.id),
    repo.sessionsOf(db, row.id),
    repo.districtName(db, row.districtId),
    repo.userName(db, row.evaluationUpdatedBy),
  ]);
  const ref = offeringRefOf(row, organizers);
  const current = consents.filter((c) => c.round === row.consentRound);
  return {
    ...offeringContentOf(row),
    sealCriteria: row.sealCriteria,
    isPublic: row.isPublic,
    isShownToFamilies: isShownToFamilies(row),
    place: placeOf(row, district),
    status: row.status,
    statusChangedAt: row.statusChangedAt,
    consentRound: row.consentRound,
    changesNeedConsent: AGREED_STATES.includes(row.status),
    organizers: organizers.map((o) => ({
      organizationId: o.organizationId,
      organizationName: o.organizationName,
      responsibilities: o.responsibilities as Offering['organizers'][number]['responsibilities'],
      otherResponsibilities: o.otherResponsibilities,
      consentedAt: current.find((c) => c.organizationId === o.organizationId)?.givenAt ?? null,
    })),
    schedules: schedules.map(presentSchedule),
    sessions: sessions.map(presentSession),
    evaluation:
      row.evaluationText !== null && row.evaluationUpdatedAt
        ? { text: row.evaluationText, updatedAt: row.evaluationUpdatedAt, updatedByName: evaluator }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    permissions: permissionsOf(actor, ref, row.consentRound, consents),
  };
}
