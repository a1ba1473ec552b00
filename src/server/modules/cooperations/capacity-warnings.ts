import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, queryRows } from '../../db/client';
import type { Actor } from '../../policy';
import { districts, organizations } from '../accounts/schema';
import { agreementOrganizationIds } from '../agreements/committed-hours';
import { type CapacitySubject, currentMonthStart } from './capacity-derivation';
import { loadOrganizationCapacity, monthOf } from './capacity-view';
import { readsCapacityOf } from './policy/capacity';

/**
 * Capacity warnings (issue 17 §4, the team's shared contract): an action that adds hours to an organisation
 * in a month where its committed + planned hours then exceed its available hours answers with a warning
 * naming the month and the figures. Never a refusal. The figures are null for who may not read that
 * organisation's capacity (then only name and month).
 */
export const capacityWarningSchema = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    month: z.string().meta({ description: 'YYYY-MM' }),
    districtId: z.uuid().nullable(),
    districtName: z.string().nullable(),
    availableHours: z.number().nullable(),
    committedHours: z.number().nullable(),
    plannedHours: z.number().nullable(),
    totalHours: z.number().nullable().meta({ description: 'committed + planned after the action' }),
  })
  .meta({
    id: 'CapacityWarning',
    example: {
      organizationId: '3d1f3a57-1c1e-4a53-9a4f-0f7b1c0d2e11',
      organizationName: 'Erziehungsberatungsstelle Musterstadt',
      month: '2027-01',
      districtId: '6a0e7c43-5a3c-4d55-8a43-bd2c5c1c0a10',
      districtName: 'Nord',
      availableHours: 20,
      committedHours: 24,
      plannedHours: 0,
      totalHours: 24,
    },
  });

export type CapacityWarning = z.infer<typeof capacityWarningSchema>;

/** Responses that carry warnings add this field. */
export const capacityWarningsField = {
  capacityWarnings: z.array(capacityWarningSchema).meta({
    description: 'Months in which the action takes an organisation past its hours (empty when none)',
  }),
};

const sourceOf = (subject: CapacitySubject) =>
  subject.kind === 'agreement'
    ? { kind: 'agreement', id: subject.agreementId }
    : subject.kind === 'offering'
      ? { kind: 'offering', id: subject.offeringId }
      : { kind: 'assessment', id: subject.cooperationId };

/** The warnings of one organisation: months (and district buckets) the subject adds hours to and that are over. */
async function warningsOf(db: Executor, organizationId: string, subject: CapacitySubject, from: string) {
  const source = sourceOf(subject);
  const { items, totals } = await loadOrganizationCapacity(db, organizationId, from, subject);
  const added = new Set(
    items
      .filter((i) => i.kind === source.kind && i.sourceId === source.id && i.state !== 'received')
      .flatMap((i) => i.months.filter((m) => m.hours > 0).map((m) => `${m.month}|${i.districtId ?? ''}`)),
  );
  if (added.size === 0) return [];
  return totals
    .map(monthOf)
    .filter((m) => m.isOver && added.has(`${m.month}|${m.districtId ?? ''}`))
    .sort((a, b) => a.month.localeCompare(b.month));
}

/** The organisations an action adds hours to. */
async function organizationsOf(db: Executor, subject: CapacitySubject): Promise<string[]> {
  if (subject.kind !== 'agreement') return [subject.organizationId];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from ${agreementOrganizationIds(subject.agreementId)} x`,
  );
  return rows.map((r) => r.id);
}

/**
 * Warnings for an action, as if it had happened (or, after the commit, as it did): for each organisation it
 * adds hours to. `actor` decides whether the figures are shown.
 */
export async function capacityWarningsFor(
  db: Executor,
  actor: Actor | null,
  subject: CapacitySubject,
): Promise<CapacityWarning[]> {
  const from = currentMonthStart();
  const ids = await organizationsOf(db, subject);
  if (ids.length === 0) return [];
  const perOrganization = await Promise.all(ids.map((id) => warningsOf(db, id, subject, from)));
  const over = ids.flatMap((id, i) => (perOrganization[i] ?? []).map((m) => ({ id, m })));
  if (over.length === 0) return [];
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, municipalityId: organizations.municipalityId })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(over.map((o) => o.id))]));
  const districtIds = [...new Set(over.flatMap((o) => (o.m.districtId ? [o.m.districtId] : [])))];
  const districtRows =
    districtIds.length === 0
      ? []
      : await db
          .select({ id: districts.id, name: districts.name })
          .from(districts)
          .where(inArray(districts.id, districtIds));
  return over.map(({ id, m }) => {
    const org = orgs.find((o) => o.id === id);
    const shows =
      org !== undefined && readsCapacityOf(actor, { organizationId: id, municipalityId: org.municipalityId });
    return {
      organizationId: id,
      organizationName: org?.name ?? '',
      month: m.month,
      districtId: m.districtId,
      districtName: districtRows.find((d) => d.id === m.districtId)?.name ?? null,
      availableHours: shows ? m.available : null,
      committedHours: shows ? m.committed : null,
      plannedHours: shows ? m.planned : null,
      totalHours: shows ? Math.round((m.committed + m.planned) * 10) / 10 : null,
    };
  });
}
