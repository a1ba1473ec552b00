import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor, Transaction } from '../../db/client';
import type { ServiceContext } from '../../service-context';
import { insertAgreement } from './edit';
import { mergeSections } from './lifecycle';
import { agreementParties, agreements, agreementTemplates, type TemplateServiceRow } from './schema';
import { ensureBuiltInTemplates } from './templates';

/**
 * What the cooperations module may do with agreements (decision 014): produce the Jugendamt's framework
 * agreements (Basiskooperation) from a capacity pool's allocations, and list them. The caller decided access
 * (the pool's policy: planners of its municipality) and passes its transaction.
 */

interface PoolOrg {
  id: string;
  name: string;
  providerId: string | null;
}

export interface PoolAgreementsInput {
  /** The pool's framework id (agreements.framework_id): one per pool. */
  frameworkId: string;
  municipalityId: string;
  title: string;
  startDate: string;
  endDate: string;
  partner: PoolOrg;
  allocations: { centre: PoolOrg; hoursPerMonth: number }[];
}

export interface PoolAgreement {
  id: string;
  title: string;
  /** The family centre it is with (the first party's facility). */
  centreId: string | null;
}

/** Träger and facility, as the Jugendamt's framework run writes them. */
const party = (org: PoolOrg) => ({
  organizationId: org.providerId ?? org.id,
  facilityIds: [org.id],
  representative: null,
  verbundMembers: {},
});

/** The agreements of a pool's framework, with the centre of each. */
export async function poolAgreementsOf(db: Executor, frameworkId: string | null): Promise<PoolAgreement[]> {
  if (!frameworkId) return [];
  const rows = await db
    .select({ id: agreements.id, title: agreements.title, facilityIds: agreementParties.facilityIds })
    .from(agreements)
    .leftJoin(
      agreementParties,
      and(eq(agreementParties.agreementId, agreements.id), eq(agreementParties.position, 0)),
    )
    .where(eq(agreements.frameworkId, frameworkId))
    .orderBy(asc(agreements.title), asc(agreements.id));
  return rows.map((r) => ({ id: r.id, title: r.title, centreId: r.facilityIds?.[0] ?? null }));
}

/** The template's rows without hours for the partner, and the pool's hours as the partner's first row. */
function servicesOf(templateRows: TemplateServiceRow[], service: string, hoursPerMonth: number) {
  const poolRow: TemplateServiceRow = {
    partyIndex: 1,
    service,
    frequency: 'monthly',
    place: null,
    hoursPerMonth,
    offeringId: null,
    roomId: null,
  };
  const rest = templateRows.map((row) => (row.partyIndex === 1 ? { ...row, hoursPerMonth: null } : row));
  return [poolRow, ...rest];
}

/** Call before the transaction: writes the built-in templates once (outside it, as the drivers need). */
export function preparePoolAgreements(db: Executor): Promise<void> {
  return ensureBuiltInTemplates(db);
}

async function basicCooperationTemplate(db: Executor) {
  const [template] = await db
    .select()
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.key, 'basic_cooperation'), inArray(agreementTemplates.builtIn, [true])));
  return template;
}

/**
 * One basic-cooperation agreement per allocated centre (centre and partner as parties, the allocated hours
 * in the partner's service row, shared with the youth office), skipping centres that already have one of this
 * pool. Returns the agreements it created.
 */
export async function producePoolAgreements(
  ctx: ServiceContext,
  tx: Transaction,
  input: PoolAgreementsInput,
): Promise<PoolAgreement[]> {
  const existing = new Set((await poolAgreementsOf(tx, input.frameworkId)).map((a) => a.centreId));
  const template = await basicCooperationTemplate(tx);
  const created: PoolAgreement[] = [];
  for (const { centre, hoursPerMonth } of input.allocations) {
    if (existing.has(centre.id) || hoursPerMonth <= 0) continue;
    const title = `${input.title}: ${input.partner.name} – ${centre.name}`;
    const row = await insertAgreement(ctx, tx, {
      title,
      type: 'basic_cooperation',
      templateId: template?.id ?? null,
      municipalityId: input.municipalityId,
      parties: [party(centre), party(input.partner)],
      term: {
        startDate: input.startDate,
        endDate: input.endDate,
        autoRenewal: false,
        renewalMonths: 12,
        noticePeriodMonths: 3,
        reviewDate: null,
      },
      sections: mergeSections(template?.sections ?? {}),
      services: servicesOf(template?.services ?? [], input.title, hoursPerMonth),
      // The Jugendamt brokered it: it sees the content from the start; the parties may withdraw that.
      sharedWithYouthOffice: true,
      frameworkId: input.frameworkId,
    });
    created.push({ id: row.id, title, centreId: centre.id });
  }
  return created;
}
