import { readFileSync } from 'node:fs';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Executor } from '../src/server/db/client';
import { organizations } from '../src/server/modules/accounts/schema';
import { expandSchedule, TIME_ZONE } from '../src/server/modules/offerings/recurrence';
import * as offeringsRepo from '../src/server/modules/offerings/repo';
import {
  offeringComments,
  offeringConsents,
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
const demoOfferingSchema = z.object({
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
type DemoOffering = z.infer<typeof demoOfferingSchema>;

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

export async function insertMusterstadtOfferings(
  tx: Executor,
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  const data = readMusterstadtOfferings();
  await tx.insert(postcodes).values(data.postcodes).onConflictDoNothing();
  const orgId = (k: string) => {
    const id = orgIds.get(k);
    if (!id) throw new Error(`demo/musterstadt/offerings.json: unknown organisation ${k}`);
    return id;
  };
  const orgRows = await tx
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [...orgIds.values()]));
  const orgById = new Map(orgRows.map((o) => [o.id, o]));
  const someUser = [...userIds.values()][0] ?? null;
  for (const demo of data.offerings) await insertOne(tx, demo, orgId, orgById, someUser, now);
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

async function insertOne(
  tx: Executor,
  demo: DemoOffering,
  orgId: (k: string) => string,
  orgById: Map<string, typeof organizations.$inferSelect>,
  userId: string | null,
  now: Date,
) {
  const leadKey = demo.organizers.find((o) => o.responsibilities.includes('lead'))?.organization;
  const lead = orgById.get(orgId(leadKey ?? ''));
  if (!lead) throw new Error(`demo offering ${demo.key}: no lead`);
  const schedule = scheduleOf(demo, now);
  const createdAt = new Date(
    Math.min(now.getTime(), schedule.occurrences[0]?.startsAt.getTime() ?? now.getTime()) - 30 * 86_400_000,
  );
  const [row] = await tx
    .insert(offerings)
    .values({
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
    })
    .returning({ id: offerings.id });
  if (!row) throw new Error('offering insert returned nothing');
  await offeringsRepo.replaceOrganizers(
    tx,
    row.id,
    demo.organizers.map((o) => ({
      organizationId: orgId(o.organization),
      responsibilities: o.responsibilities,
      otherResponsibilities: o.other ?? null,
    })),
  );
  await offeringsRepo.replaceSchedules(tx, row.id, [schedule]);
  await offeringsRepo.refreshSearch(tx, row.id);
  await recordHistory(tx, row.id, demo, orgId, userId, now);
}

/** Consents, comments and attendance of past sessions. */
async function recordHistory(
  tx: Executor,
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
  if (consenting.length > 0) {
    await tx.insert(offeringConsents).values(
      consenting.map((k, i) => ({
        offeringId,
        organizationId: orgId(k),
        round: 1,
        userId,
        givenAt: new Date(now.getTime() - (20 - i) * 86_400_000),
      })),
    );
  }
  for (const c of demo.comments ?? []) {
    await tx.insert(offeringComments).values({
      offeringId,
      organizationId: orgId(c.by),
      body: c.text,
      createdAt: new Date(now.getTime() - c.daysAgo * 86_400_000),
    });
  }
  if (!['running', 'evaluated', 'ended'].includes(demo.status)) return;
  // One statement: a stable spread of ±3 around the template's usual count.
  await tx
    .update(offeringSessions)
    .set({
      participants: sql`greatest(1, ${demo.participants} - 3 + abs(hashtext(${demo.key} || ${offeringSessions.startsAt}::text)) % 7)`,
    })
    .where(and(eq(offeringSessions.offeringId, offeringId), lte(offeringSessions.startsAt, now)));
}
