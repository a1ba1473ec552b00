import { randomUUID } from 'node:crypto';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../src/server/db/client';
import { organizations } from '../src/server/modules/accounts/schema';
import {
  assessmentQuestions,
  assessmentRevisions,
  assessments,
  capacityPeriods,
  capacityPools,
  cooperationEvents,
  cooperationModels,
  cooperations,
  organizationMandates,
  poolAllocations,
  poolRequests,
} from '../src/server/modules/cooperations/schema';
import { partnerRelationships } from '../src/server/modules/directory/schema';
import {
  type CooperationsFile,
  type DemoAssessment,
  readMusterstadtCooperations,
  revisionHours,
} from './musterstadt-cooperations-data';
import type { MusterstadtData } from './musterstadt-data';

/**
 * Musterstadt's cooperations (issue 17): core mandates of the centres and priority partners, their capacity
 * periods (the EB's 20 h for Nordviertel beside its other hours; the Ev. Beratungsstelle cut to fewer hours
 * than its live agreement promises), models with their changes, each side's assessments with revisions, and
 * the Jugendamt's EB pool for 2027 with requests and allocations. One multi-row insert per table, inside
 * the loader's transaction.
 */

export interface DemoKeys {
  orgIds: Map<string, string>;
  userIds: Map<string, string>;
  districtIds: Map<string, string>;
}

const DAY_MS = 86_400_000;

function resolver(map: Map<string, string>, what: string) {
  return (name: string): string => {
    const id = map.get(name);
    if (!id) throw new Error(`demo/musterstadt cooperations: unresolved ${what} ${name}`);
    return id;
  };
}

interface Context {
  orgId: (key: string) => string;
  userId: (email: string) => string;
  districtId: (key: string) => string;
  /** The cooperation (relationship) id of a centre–partner pair. */
  cooperationId: (centre: string, partner: string) => string;
  daysAgo: (days: number) => Date;
  dateIn: (days: number) => string;
}

export async function insertMusterstadtCooperations(
  tx: Executor,
  data: MusterstadtData,
  keys: DemoKeys,
  now: Date,
): Promise<void> {
  const file = readMusterstadtCooperations();
  const relationships = await tx
    .select({
      id: partnerRelationships.id,
      centreId: partnerRelationships.centreId,
      partnerId: partnerRelationships.partnerId,
    })
    .from(partnerRelationships)
    .where(inArray(partnerRelationships.centreId, [...keys.orgIds.values()]));
  const byPair = new Map(relationships.map((r) => [`${r.centreId}|${r.partnerId}`, r.id]));
  const orgId = resolver(keys.orgIds, 'organisation');
  const ctx: Context = {
    orgId,
    userId: resolver(keys.userIds, 'account'),
    districtId: resolver(keys.districtIds, 'district'),
    cooperationId: (centre, partner) =>
      resolver(byPair, 'relationship')(`${orgId(centre)}|${orgId(partner)}`),
    daysAgo: (days) => new Date(now.getTime() - days * DAY_MS),
    dateIn: (days) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10),
  };
  const leadOf = (organization: string): string | null => {
    const lead = data.accounts.find(
      (a) => 'organization' in a && a.organization === organization && a.role === 'lead',
    );
    return lead ? ctx.userId(lead.email) : null;
  };

  await tx.insert(organizationMandates).values(
    file.mandates.map((m) => ({
      organizationId: ctx.orgId(m.organization),
      text: m.text,
      areas: m.areas,
      updatedBy: leadOf(m.organization),
      createdAt: ctx.daysAgo(120),
      updatedAt: ctx.daysAgo(120),
    })),
  );
  await tx.insert(capacityPeriods).values(
    file.capacities.map((c) => ({
      organizationId: ctx.orgId(c.organization),
      districtId: c.district ? ctx.districtId(c.district) : null,
      validFrom: c.from,
      validTo: c.to,
      hoursPerMonth: String(c.hours),
      note: c.note,
    })),
  );
  const events = await insertModels(tx, ctx, file.models);
  const questionIds = await insertQuestions(tx, ctx, file.questions);
  events.push(...(await insertAssessments(tx, ctx, file.assessments, questionIds)));
  // Events need the cooperation's row: shared decisions on cooperations without a model get one too.
  const known = new Set(file.models.map((m) => ctx.cooperationId(m.centre, m.partner)));
  const missing = [...new Set(events.map((e) => e.cooperationId))].filter((id) => !known.has(id));
  if (missing.length > 0) await tx.insert(cooperations).values(missing.map((id) => ({ id })));
  if (events.length > 0) await tx.insert(cooperationEvents).values(events);
  await insertPool(tx, ctx, file.pool);
}

type EventRow = typeof cooperationEvents.$inferInsert;

/** The model of each listed cooperation, with a `model_changed` event where it changed once. */
async function insertModels(
  tx: Executor,
  ctx: Context,
  models: CooperationsFile['models'],
): Promise<EventRow[]> {
  const builtIn = await tx
    .select({ id: cooperationModels.id, key: cooperationModels.key })
    .from(cooperationModels)
    .where(and(isNull(cooperationModels.municipalityId), cooperationModels.builtIn));
  const modelId = resolver(new Map(builtIn.map((m) => [m.key, m.id])), 'model');
  const events: EventRow[] = [];
  const rows = models.map((m) => {
    const id = ctx.cooperationId(m.centre, m.partner);
    const changed = m.previous !== undefined && m.changedDaysAgo !== undefined && m.by !== undefined;
    if (changed) {
      events.push({
        cooperationId: id,
        kind: 'model_changed',
        organizationId: sideOf(ctx, m.by ?? '', m),
        userId: ctx.userId(m.by ?? ''),
        details: { modelId: modelId(m.model), previousModelId: modelId(m.previous ?? '') },
        createdAt: ctx.daysAgo(m.changedDaysAgo ?? 0),
      });
    }
    return {
      id,
      modelId: modelId(m.model),
      partnerNotes: m.partnerNotes ?? null,
      version: changed ? 2 : 1,
      updatedAt: changed ? ctx.daysAgo(m.changedDaysAgo ?? 0) : new Date(),
    };
  });
  await tx.insert(cooperations).values(rows);
  return events;
}

/** Which side of the cooperation the person who changed the model acts for (by the account's e-mail). */
function sideOf(ctx: Context, email: string, m: { centre: string; partner: string }): string {
  return ctx.orgId(email.endsWith(`@${m.centre}.example`) ? m.centre : m.partner);
}

async function insertQuestions(
  tx: Executor,
  ctx: Context,
  questions: CooperationsFile['questions'],
): Promise<Map<string, string>> {
  const organizationId = ctx.orgId(questions.organization);
  const rows = questions.items.map((q, position) => ({
    id: randomUUID(),
    organizationId,
    kind: q.kind,
    label: q.label,
    hint: q.hint,
    position,
    createdAt: ctx.daysAgo(400),
  }));
  await tx.insert(assessmentQuestions).values(rows);
  return new Map(questions.items.map((q, i) => [q.key, rows[i]?.id ?? '']));
}

/** Each side's assessment with its revisions; a shared decision also leaves a `decision_shared` event. */
async function insertAssessments(
  tx: Executor,
  ctx: Context,
  list: DemoAssessment[],
  questionIds: Map<string, string>,
): Promise<EventRow[]> {
  const questionId = resolver(questionIds, 'question');
  const assessmentRows: (typeof assessments.$inferInsert)[] = [];
  const revisionRows: (typeof assessmentRevisions.$inferInsert)[] = [];
  const events: EventRow[] = [];
  for (const entry of list) {
    const id = randomUUID();
    const cooperationId = ctx.cooperationId(entry.centre, entry.partner);
    const organizationId = ctx.orgId(entry.side === 'centre' ? entry.centre : entry.partner);
    const first = entry.revisions[0];
    const current = entry.revisions[entry.revisions.length - 1];
    if (!first || !current) continue;
    assessmentRows.push({
      id,
      cooperationId,
      organizationId,
      isShared: entry.shared,
      currentRevision: entry.revisions.length,
      version: entry.revisions.length + (entry.shared ? 1 : 0),
      createdAt: ctx.daysAgo(first.daysAgo),
      updatedAt: ctx.daysAgo(current.daysAgo),
    });
    entry.revisions.forEach((r, i) => {
      revisionRows.push({
        assessmentId: id,
        number: i + 1,
        mandateFit: r.mandateFit,
        mandateFitText: r.mandateFitText,
        familyBenefit: r.familyBenefit,
        familyBenefitText: r.familyBenefitText,
        mandateBenefit: r.mandateBenefit,
        mandateBenefitText: r.mandateBenefitText,
        hoursPreparation: String(r.hours.preparation),
        hoursDelivery: String(r.hours.delivery),
        hoursCoordination: String(r.hours.coordination),
        hoursTravel: String(r.hours.travel),
        risks: r.risks,
        answers: Object.fromEntries(Object.entries(r.answers ?? {}).map(([k, v]) => [questionId(k), v])),
        decision: r.decision,
        decidedOn: r.decision ? ctx.dateIn(-r.daysAgo) : null,
        decidedBy: r.decision ? ctx.userId(r.decidedBy ?? r.by) : null,
        reviewOn: r.reviewInDays === undefined ? null : ctx.dateIn(r.reviewInDays - r.daysAgo),
        createdBy: ctx.userId(r.by),
        createdAt: ctx.daysAgo(r.daysAgo),
      });
    });
    if (entry.shared && current.decision) {
      events.push({
        cooperationId,
        kind: 'decision_shared',
        organizationId,
        userId: ctx.userId(current.decidedBy ?? current.by),
        details: { decision: current.decision, hoursPerMonth: revisionHours(current) },
        createdAt: ctx.daysAgo(current.daysAgo),
      });
    }
  }
  await tx.insert(assessments).values(assessmentRows);
  await tx.insert(assessmentRevisions).values(revisionRows);
  return events;
}

/** The Jugendamt's pool, confirmed by the partner's lead, with the centres' requests and the allocations. */
async function insertPool(tx: Executor, ctx: Context, pool: CooperationsFile['pool']): Promise<void> {
  const partnerId = ctx.orgId(pool.partner);
  const [partner] = await tx
    .select({ municipalityId: organizations.municipalityId })
    .from(organizations)
    .where(inArray(organizations.id, [partnerId]));
  if (!partner?.municipalityId) throw new Error('demo pool: partner without municipality');
  const allocated = pool.allocations.reduce((sum, a) => sum + a.hours, 0);
  if (allocated > pool.hours) throw new Error(`demo pool: ${allocated} h allocated of ${pool.hours} h`);
  const id = randomUUID();
  const plannerId = ctx.userId(pool.createdBy);
  await tx.insert(capacityPools).values({
    id,
    municipalityId: partner.municipalityId,
    partnerId,
    title: pool.title,
    hoursPerMonth: String(pool.hours),
    validFrom: pool.from,
    validTo: pool.to,
    districtIds: pool.districts.map(ctx.districtId),
    needWeights: Object.fromEntries(
      Object.entries(pool.needWeights).map(([district, weight]) => [ctx.districtId(district), weight]),
    ),
    confirmedAt: ctx.daysAgo(pool.confirmedDaysAgo),
    confirmedBy: ctx.userId(pool.confirmedBy),
    createdBy: plannerId,
    version: 3,
    createdAt: ctx.daysAgo(pool.createdDaysAgo),
    updatedAt: ctx.daysAgo(pool.confirmedDaysAgo),
  });
  const requestedAt = ctx.daysAgo(Math.max(pool.confirmedDaysAgo - 5, 0));
  await tx.insert(poolRequests).values(
    pool.requests.map((r) => ({
      poolId: id,
      centreId: ctx.orgId(r.centre),
      hoursPerMonth: String(r.hours),
      reason: r.reason,
      requestedBy: ctx.userId(r.by),
      createdAt: requestedAt,
      updatedAt: requestedAt,
    })),
  );
  await tx.insert(poolAllocations).values(
    pool.allocations.map((a) => ({
      poolId: id,
      centreId: ctx.orgId(a.centre),
      hoursPerMonth: String(a.hours),
      allocatedBy: plannerId,
      allocatedAt: ctx.daysAgo(Math.max(pool.confirmedDaysAgo - 15, 0)),
    })),
  );
}
