import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { districts, memberships, organizations, users } from '../accounts/schema';
import type { NormalisedSchedule } from './recurrence';
import {
  offeringConsents,
  offeringOrganizers,
  offeringSchedules,
  offeringSessions,
  offerings,
} from './schema';
import type { CreateOfferingInput } from './schemas';

export type OfferingRow = typeof offerings.$inferSelect;
export type SessionRow = typeof offeringSessions.$inferSelect;
export type OrganizerInput = CreateOfferingInput['organizers'][number];

export async function findOffering(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(offerings).where(eq(offerings.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function organizersOf(db: Executor, offeringIds: string[]) {
  if (offeringIds.length === 0) return [];
  return db
    .select({
      offeringId: offeringOrganizers.offeringId,
      organizationId: offeringOrganizers.organizationId,
      organizationName: organizations.name,
      responsibilities: offeringOrganizers.responsibilities,
      otherResponsibilities: offeringOrganizers.otherResponsibilities,
    })
    .from(offeringOrganizers)
    .innerJoin(organizations, eq(organizations.id, offeringOrganizers.organizationId))
    .where(inArray(offeringOrganizers.offeringId, offeringIds))
    .orderBy(asc(offeringOrganizers.position), asc(organizations.name));
}
export type OrganizerRow = Awaited<ReturnType<typeof organizersOf>>[number];

export async function consentsOf(db: Executor, offeringIds: string[]) {
  if (offeringIds.length === 0) return [];
  return db
    .select({
      offeringId: offeringConsents.offeringId,
      organizationId: offeringConsents.organizationId,
      round: offeringConsents.round,
      givenAt: offeringConsents.givenAt,
      userName: users.name,
    })
    .from(offeringConsents)
    .leftJoin(users, eq(users.id, offeringConsents.userId))
    .where(inArray(offeringConsents.offeringId, offeringIds))
    .orderBy(asc(offeringConsents.givenAt));
}
export type ConsentRow = Awaited<ReturnType<typeof consentsOf>>[number];

export async function schedulesOf(db: Executor, offeringId: string) {
  return db
    .select()
    .from(offeringSchedules)
    .where(eq(offeringSchedules.offeringId, offeringId))
    .orderBy(asc(offeringSchedules.position));
}

export async function sessionsOf(db: Executor, offeringId: string) {
  return db
    .select()
    .from(offeringSessions)
    .where(eq(offeringSessions.offeringId, offeringId))
    .orderBy(asc(offeringSessions.startsAt));
}

export async function districtName(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db.select({ name: districts.name }).from(districts).where(eq(districts.id, id));
  return row?.name ?? null;
}

export async function userName(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

export async function organizationsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(organizations).where(inArray(organizations.id, ids));
}

export async function replaceOrganizers(tx: Executor, offeringId: string, organizers: OrganizerInput[]) {
  await tx.delete(offeringOrganizers).where(eq(offeringOrganizers.offeringId, offeringId));
  await tx.insert(offeringOrganizers).values(
    organizers.map((o, position) => ({
      offeringId,
      organizationId: o.organizationId,
      responsibilities: [...new Set(o.responsibilities)],
      otherResponsibilities: o.otherResponsibilities ?? null,
      position,
    })),
  );
}

/**
 * Replaces the schedules and rebuilds the sessions. A session whose occurrence still exists keeps its id,
 * single-session changes and attendance; vanished sessions go, unless attendance was recorded for them.
 */
export async function replaceSchedules(tx: Executor, offeringId: string, schedules: NormalisedSchedule[]) {
  const existing = await sessionsOf(tx, offeringId);
  const byOccurrence = new Map(existing.map((s) => [s.originalStartsAt?.getTime(), s]));
  await tx.delete(offeringSchedules).where(eq(offeringSchedules.offeringId, offeringId));
  const kept = new Set<string>();
  const inserts: (typeof offeringSessions.$inferInsert)[] = [];
  for (const [position, schedule] of schedules.entries()) {
    const [row] = await tx
      .insert(offeringSchedules)
      .values({
        offeringId,
        position,
        startDate: schedule.startDate,
        startTime: schedule.startTime,
        durationMinutes: schedule.durationMinutes,
        rrule: schedule.rrule,
        exdates: schedule.exdates,
      })
      .returning({ id: offeringSchedules.id });
    if (!row) throw new Error('schedule insert returned nothing');
    for (const occurrence of schedule.occurrences) {
      const match = byOccurrence.get(occurrence.startsAt.getTime());
      if (match && !kept.has(match.id)) {
        kept.add(match.id);
        const moved = match.startsAt.getTime() !== match.originalStartsAt?.getTime();
        await tx
          .update(offeringSessions)
          .set({ scheduleId: row.id, ...(!moved && { endsAt: occurrence.endsAt }) })
          .where(eq(offeringSessions.id, match.id));
      } else {
        inserts.push({
          offeringId,
          scheduleId: row.id,
          originalStartsAt: occurrence.startsAt,
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
        });
      }
    }
  }
  const gone = existing.filter((s) => !kept.has(s.id) && s.participants === null).map((s) => s.id);
  if (gone.length > 0) await tx.delete(offeringSessions).where(inArray(offeringSessions.id, gone));
  // Large courses: insert in chunks to stay below the bind-parameter limit.
  for (let i = 0; i < inserts.length; i += 500) {
    await tx.insert(offeringSessions).values(inserts.slice(i, i + 500));
  }
}

/**
 * Folded title and German full-text document (title A, themes B, texts C), computed by the database, of one
 * offering or many (the demo loader).
 */
export async function refreshSearch(tx: Executor, offeringIds: string | string[]) {
  const ids = typeof offeringIds === 'string' ? [offeringIds] : offeringIds;
  if (ids.length === 0) return;
  await tx.execute(sql`
    update offerings set
      folded_title = f_fold(title),
      search_document =
        setweight(to_tsvector('german', f_fold(title)), 'A') ||
        setweight(to_tsvector('german', f_fold(array_to_string(themes, ' '))), 'B') ||
        setweight(to_tsvector('german', f_fold(description || ' ' || coalesce(plain_description, ''))), 'C')
    where id = any(${`{${ids.join(',')}}`}::uuid[])`);
}

/** E-mail addresses of the members who may consent for these organisations (leads, admins, staff). */
export async function consentersOf(db: Executor, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .selectDistinct({ organizationId: memberships.organizationId, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organizationId, organizationIds),
        inArray(memberships.role, ['lead', 'admin', 'staff']),
      ),
    );
}
