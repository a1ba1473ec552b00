import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inArray, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Executor } from '../src/server/db/client';
import { organizations } from '../src/server/modules/accounts/schema';
import { expandSchedule, TIME_ZONE } from '../src/server/modules/offerings/recurrence';
import { refreshSearch } from '../src/server/modules/offerings/repo';
import {
  offeringComments,
  offeringConsents,
  offeringOrganizers,
  offeringSchedules,
  offeringSessions,
  offeringStatuses,
  offerings,
  postcodes,
  registrationModes,
} from '../src/server/modules/offerings/schema';
import { offeringFormatSchema, responsibilitySchema } from '../src/server/modules/offerings/schemas';
import { fromProjectRoot } from '../src/server/paths';

/**
 * Musterstadt's offerings (demo/musterstadt/offerings.json): about 60 offerings of the eight centres with
 * their partners, in every status. Dates are relative to the load time (`startInDays`), so courses always
 * run over the next months and past sessions carry attendance.
 */

const key = z.string().regex(/^[a-z0-9-]+$/);
export const demoOfferingSchema = z.object({
  key,
  title: z.string().min(1),
  description: z.string(),
  plainDescription: z.string().nullable(),
  format: offeringFormatSchema,
  themes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  languages: z.array(z.string()),
  feeCents: z.number().int(),
  reducedFeeCents: z.number().int().nullable(),
  feeNote: z.string().nullable(),
  registration: z.object({
    mode: z.enum(registrationModes),
    capacity: z.number().int().optional(),
    waitlistCount: z.number().int().optional(),
  }),
  accessibility: z.array(z.string()),
  sealCriteria: z.array(z.string()),
  isPublic: z.boolean(),
  status: z.enum(offeringStatuses),
  organizers: z.array(
    z.object({
      organization: key,
      responsibilities: z.array(responsibilitySchema),
      other: z.string().nullable().optional(),
    }),
  ),
  schedule: z.object({
    startInDays: z.number().int(),
    startTime: z.string(),
    endTime: z.string(),
    rrule: z.string().nullable(),
    holidaysInWeeks: z.array(z.number().int()),
  }),
  participants: z.number().int(),
  evaluation: z.string().optional(),
  comments: z.array(z.object({ by: key, text: z.string(), daysAgo: z.number() })).optional(),
  consented: z.array(key).optional(),
});
export type DemoOffering = z.infer<typeof demoOfferingSchema>;

const postcodeSchema = z.object({
  code: z.string().regex(/^\d{5}$/),
  name: z.string(),
  lat: z.number(),
  lng: z.number(),
});

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(fromProjectRoot(`demo/musterstadt/${name}`), 'utf8'));
}

export function readMusterstadtOfferings() {
  return {
    offerings: z.array(demoOfferingSchema).parse(readJson('offerings.json')),
    postcodes: z.array(postcodeSchema).parse(readJson('postcodes.json')),
  };
}

const AGREED = new Set(['agreed', 'published', 'running', 'evaluated', 'ended']);
const DAY_MS = 86_400_000;
/** Rows per multi-row insert: stays far below the bind-parameter limit (65535) of both drivers. */
const CHUNK = 500;

/**
 * All offerings set-wise: every table gets a few multi-row statements instead of about ten statements per
 * offering. The rows are the ones the offerings service writes (repo.replaceOrganizers, replaceSchedules,
 * refreshSearch); ids are made here so that the child rows can refer to them.
 */
export async function insertMusterstadtOfferings(
  tx: Executor,
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  const data = readMusterstadtOfferings();
  await tx.insert(postcodes).values(data.postcodes).onConflictDoNothing();
  await insertDemoOfferings(tx, data.offerings, orgIds, userIds, now);
}

/** Offerings of the demo files (offerings.json, seal.json's review-year offerings), as described above. */
export async function insertDemoOfferings(
  tx: Executor,
  demoOfferings: readonly DemoOffering[],
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  const orgId = (k: string) => {
    const id = orgIds.get(k);
    if (!id) throw new Error(`demo offerings: unknown organisation ${k}`);
    return id;
  };
  const orgRows = await tx
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [...orgIds.values()]));
  const orgById = new Map(orgRows.map((o) => [o.id, o]));
  const userId = [...userIds.values()][0] ?? null;

  const rows: Rows = {
    offerings: [],
    organizers: [],
    schedules: [],
    sessions: [],
    consents: [],
    comments: [],
  };
  const offeringIds: string[] = [];
  const attendance: { offeringId: string; key: string; participants: number }[] = [];
  for (const demo of demoOfferings) {
    const offeringId = planOffering(rows, demo, orgId, orgById, now);
    offeringIds.push(offeringId);
    planHistory(rows, offeringId, demo, orgId, userId, now);
    if (['running', 'evaluated', 'ended'].includes(demo.status)) {
      attendance.push({ offeringId, key: demo.key, participants: demo.participants });
    }
  }
  await insertChunked(tx, offerings, rows.offerings);
  await insertChunked(tx, offeringOrganizers, rows.organizers);
  await insertChunked(tx, offeringSchedules, rows.schedules);
  await insertChunked(tx, offeringSessions, rows.sessions);
  await refreshSearch(tx, offeringIds);
  await insertChunked(tx, offeringConsents, rows.consents);
  await insertChunked(tx, offeringComments, rows.comments);
  await recordAttendance(tx, attendance, now);
}

interface Rows {
  offerings: (typeof offerings.$inferInsert)[];
  organizers: (typeof offeringOrganizers.$inferInsert)[];
  schedules: (typeof offeringSchedules.$inferInsert)[];
  sessions: (typeof offeringSessions.$inferInsert)[];
  consents: (typeof offeringConsents.$inferInsert)[];
  comments: (typeof offeringComments.$inferInsert)[];
}

async function insertChunked<T extends PgTable>(tx: Executor, table: T, values: PgInsertValue<T>[]) {
  for (let i = 0; i < values.length; i += CHUNK) await tx.insert(table).values(values.slice(i, i + CHUNK));
}

function scheduleOf(demo: DemoOffering, now: Date) {
  const { schedule } = demo;
  const first = DateTime.fromJSDate(now, { zone: TIME_ZONE }).plus({ days: schedule.startInDays });
  // Weekly rules with BYDAY start on that weekday; rrule would skip DTSTART's own day otherwise anyway.
  const startDate = first.toISODate() ?? '';
  const exdates = schedule.holidaysInWeeks.map((w) => first.plus({ weeks: w }).toISODate() ?? '');
  const { schedule: expanded, errors } = expandSchedule(
    { startDate, startTime: schedule.startTime, endTime: schedule.endTime, rrule: schedule.rrule, exdates },
    0,
  );
  if (!expanded) throw new Error(`demo offering ${demo.key}: ${JSON.stringify(errors)}`);
  return expanded;
}

/** The offering with its organisers, its one schedule and that schedule's sessions; returns its id. */
function planOffering(
  rows: Rows,
  demo: DemoOffering,
  orgId: (k: string) => string,
  orgById: Map<string, typeof organizations.$inferSelect>,
  now: Date,
): string {
  const leadKey = demo.organizers.find((o) => o.responsibilities.includes('lead'))?.organization;
  const lead = orgById.get(orgId(leadKey ?? ''));
  if (!lead) throw new Error(`demo offering ${demo.key}: no lead`);
  const schedule = scheduleOf(demo, now);
  const createdAt = new Date(
    Math.min(now.getTime(), schedule.occurrences[0]?.startsAt.getTime() ?? now.getTime()) - 30 * DAY_MS,
  );
  const offeringId = randomUUID();
  rows.offerings.push({
    id: offeringId,
    title: demo.title,
    description: demo.description,
    plainDescription: demo.plainDescription,
    format: demo.format,
    themes: demo.themes,
    targetGroups: demo.targetGroups,
    ageFrom: demo.ageFrom,
    ageTo: demo.ageTo,
    languages: demo.languages,
    feeCents: demo.feeCents,
    reducedFeeCents: demo.reducedFeeCents,
    feeNote: demo.feeNote,
    registration: {
      mode: demo.registration.mode,
      phone: demo.registration.mode === 'none' ? null : lead.phone,
      email: demo.registration.mode === 'none' ? null : lead.email,
      url: null,
      capacity: demo.registration.capacity ?? null,
      waitlistCount: demo.registration.waitlistCount ?? null,
      note: null,
    },
    accessibility: demo.accessibility,
    sealCriteria: demo.sealCriteria,
    isPublic: demo.isPublic,
    status: demo.status,
    statusChangedAt: createdAt,
    leadOrganizationId: lead.id,
    municipalityId: lead.municipalityId,
    street: lead.street,
    postalCode: lead.postalCode,
    city: lead.city,
    lat: lead.lat,
    lng: lead.lng,
    districtId: lead.districtId,
    evaluationText: demo.evaluation ?? null,
    evaluationUpdatedAt: demo.evaluation ? now : null,
    createdAt,
    updatedAt: createdAt,
  });
  // As repo.replaceOrganizers.
  demo.organizers.forEach((o, position) => {
    rows.organizers.push({
      offeringId,
      organizationId: orgId(o.organization),
      responsibilities: [...new Set(o.responsibilities)],
      otherResponsibilities: o.other ?? null,
      position,
    });
  });
  // As repo.replaceSchedules for a new offering: one schedule, every occurrence a new session.
  const scheduleId = randomUUID();
  rows.schedules.push({
    id: scheduleId,
    offeringId,
    position: 0,
    startDate: schedule.startDate,
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
    rrule: schedule.rrule,
    exdates: schedule.exdates,
  });
  for (const occurrence of schedule.occurrences) {
    rows.sessions.push({
      offeringId,
      scheduleId,
      originalStartsAt: occurrence.startsAt,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
    });
  }
  return offeringId;
}

/** Consents and comments. */
function planHistory(
  rows: Rows,
  offeringId: string,
  demo: DemoOffering,
  orgId: (k: string) => string,
  userId: string | null,
  now: Date,
) {
  const consenting =
    AGREED.has(demo.status) || demo.status === 'cancelled'
      ? demo.organizers.map((o) => o.organization)
      : demo.status === 'proposed'
        ? [demo.organizers[0]?.organization ?? '', ...(demo.consented ?? [])]
        : [];
  consenting.forEach((k, i) => {
    rows.consents.push({
      offeringId,
      organizationId: orgId(k),
      round: 1,
      userId,
      givenAt: new Date(now.getTime() - (20 - i) * DAY_MS),
    });
  });
  for (const c of demo.comments ?? []) {
    rows.comments.push({
      offeringId,
      organizationId: orgId(c.by),
      body: c.text,
      createdAt: new Date(now.getTime() - c.daysAgo * DAY_MS),
    });
  }
}

/** Attendance of past sessions in one statement: a stable spread of ±3 around each offering's usual count. */
async function recordAttendance(
  tx: Executor,
  rows: { offeringId: string; key: string; participants: number }[],
  now: Date,
) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.offeringId}::uuid, ${r.key}::text, ${r.participants}::integer)`),
    sql`, `,
  );
  await tx.execute(sql`
    update offering_sessions s
    set participants = greatest(1, v.participants - 3 + abs(hashtext(v.key || s.starts_at::text)) % 7)
    from (values ${values}) as v(offering_id, key, participants)
    where s.offering_id = v.offering_id and s.starts_at <= ${now.toISOString()}::timestamptz`);
}
