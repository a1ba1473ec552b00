import { and, desc, eq, sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows } from '../../db/client';
import { organizations } from '../accounts/schema';
import { type SealAgreement, sealAgreementsOf } from '../agreements/seal-agreements';
import { type SealCooperation, sealCooperationsOf } from '../directory/seal-cooperations';
import { type SealOffering, sealOfferingsOf } from '../offerings/seal-offerings';
import { type SealRoomGrant, sealRoomGrantsOf } from '../rooms/seal-room-grants';
import { sealCycles, sealEditions, sealManualEvidence } from './schema';

/**
 * Everything a self-check reads (decision 017): the subject and its facilities, its current cycle, and the
 * evidence of each kind, read from the owning modules with one statement per kind for all facilities at once.
 */

export type CycleRow = typeof sealCycles.$inferSelect;

export interface Facility {
  id: string;
  name: string;
}

export interface CheckedSubject {
  id: string;
  name: string;
  type: 'family_centre' | 'network';
  facilities: Facility[];
  cycle: (CycleRow & { edition: { id: string; key: string; title: string } }) | null;
}

export interface ManualItem {
  id: string;
  organizationId: string;
  kind: 'document' | 'note';
  title: string;
  criteria: string[];
  effectiveOn: string;
  expiresOn: string | null;
  hasFile: boolean;
}

export interface EvidenceSources {
  offerings: SealOffering[];
  agreements: SealAgreement[];
  cooperations: SealCooperation[];
  rooms: SealRoomGrant[];
  manual: ManualItem[];
  /** Directory kinds (keys) of every partner organisation named above. */
  kindsOf: Map<string, string[]>;
}

async function latestCycle(db: Executor, organizationId: string) {
  const [row] = await db
    .select({
      cycle: sealCycles,
      edition: { id: sealEditions.id, key: sealEditions.key, title: sealEditions.title },
    })
    .from(sealCycles)
    .innerJoin(sealEditions, eq(sealEditions.id, sealCycles.editionId))
    .where(eq(sealCycles.organizationId, organizationId))
    .orderBy(desc(sealCycles.certifiedOn))
    .limit(1);
  return row ? { ...row.cycle, edition: row.edition } : null;
}

type OrgRow = Pick<typeof organizations.$inferSelect, 'id' | 'name' | 'type' | 'networkId'>;

async function orgById(db: Executor, id: string): Promise<OrgRow | undefined> {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      type: organizations.type,
      networkId: organizations.networkId,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

/**
 * The subject whose self-check answers for `row`: a centre in a Verbund is checked within the Verbund when the
 * Verbund has a cycle and the centre none; otherwise the centre (or Verbund) itself.
 */
export async function checkedSubjectOf(db: Executor, row: OrgRow): Promise<CheckedSubject> {
  let subject = row;
  let cycle = await latestCycle(db, row.id);
  if (!cycle && row.type === 'family_centre' && row.networkId) {
    const networkCycle = await latestCycle(db, row.networkId);
    const network = networkCycle ? await orgById(db, row.networkId) : undefined;
    if (network && networkCycle) [subject, cycle] = [network, networkCycle];
  }
  const facilities =
    subject.type === 'network'
      ? await db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(sql`${organizations.networkId} = ${subject.id} or ${organizations.id} = ${subject.id}`)
          .orderBy(sql`${organizations.id} <> ${subject.id}`, organizations.name)
      : [{ id: subject.id, name: subject.name }];
  return {
    id: subject.id,
    name: subject.name,
    type: subject.type as CheckedSubject['type'],
    facilities,
    cycle,
  };
}

async function manualEvidenceOf(db: Executor, facilityIds: string[], at: string): Promise<ManualItem[]> {
  const rows = await db
    .select({
      id: sealManualEvidence.id,
      organizationId: sealManualEvidence.organizationId,
      kind: sealManualEvidence.kind,
      title: sealManualEvidence.title,
      criteria: sealManualEvidence.criteria,
      effectiveOn: sealManualEvidence.effectiveOn,
      expiresOn: sealManualEvidence.expiresOn,
      hasFile: sql<boolean>`${sealManualEvidence.file} is not null`,
    })
    .from(sealManualEvidence)
    .where(
      and(
        sql`${sealManualEvidence.organizationId} = any(${arrayLiteral(facilityIds)}::uuid[])`,
        sql`${sealManualEvidence.effectiveOn} <= ${at}::date`,
        sql`(${sealManualEvidence.expiresOn} is null or ${sealManualEvidence.expiresOn} >= ${at}::date)`,
      ),
    )
    .orderBy(sealManualEvidence.effectiveOn, sealManualEvidence.title);
  return rows;
}

/** Directory kinds of organisations (partner_kinds and organization_kinds are reference tables). */
export async function kindsOfOrganizations(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; kinds: string[] }>(
    db,
    sql`select ok.organization_id::text as id, array_agg(k.key order by k.key) as kinds
          from organization_kinds ok join partner_kinds k on k.id = ok.kind_id
         where ok.organization_id = any(${arrayLiteral(ids)}::uuid[])
         group by ok.organization_id`,
  );
  return new Map(rows.map((r) => [r.id, r.kinds]));
}

/** Partner kind labels by key, in the caller's language. */
export async function partnerKindLabels(db: Executor): Promise<Map<string, { de: string; en: string }>> {
  const rows = await queryRows<{ key: string; de: string; en: string }>(
    db,
    sql`select key, label_de as de, label_en as en from partner_kinds`,
  );
  return new Map(rows.map((r) => [r.key, { de: r.de, en: r.en }]));
}

/** The evidence of every kind of the facilities: five statements (and one for the partners' kinds). */
export async function evidenceSourcesOf(
  db: Executor,
  facilityIds: string[],
  period: { from: string; to: string },
  at: string,
  since: string,
): Promise<EvidenceSources> {
  const [offerings, agreements, cooperations, rooms, manual] = await Promise.all([
    sealOfferingsOf(db, facilityIds, period),
    sealAgreementsOf(db, facilityIds, at, since),
    sealCooperationsOf(db, facilityIds, at),
    sealRoomGrantsOf(db, facilityIds, at),
    manualEvidenceOf(db, facilityIds, at),
  ]);
  const partners = new Set([
    ...agreements.flatMap((a) => a.partnerIds),
    ...cooperations.map((c) => c.partnerId),
  ]);
  const kindsOf = await kindsOfOrganizations(db, [...partners]);
  return { offerings, agreements, cooperations, rooms, manual, kindsOf };
}
