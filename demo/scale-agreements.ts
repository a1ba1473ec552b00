import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../src/server/db/client';
import { organizations } from '../src/server/modules/accounts/schema';
import { emptySections } from '../src/server/modules/agreements/lifecycle';
import {
  type AgreementStatus,
  type AgreementType,
  agreementParties,
  agreements,
  agreementVersions,
} from '../src/server/modules/agreements/schema';
import { Random } from './random';

/**
 * Agreements for the NRW-sized set (issue 7, bench: the attention list of a municipality): about
 * `perCentre` agreements per family centre with partners of its municipality, in the statuses seen in
 * practice (most active), review dates spread over the next 13 months. Content is kept short: the
 * bench measures lists, not documents. Fills only an empty agreements table.
 */
export interface ScaleAgreementOptions {
  seed: number;
  perCentre?: number;
  now?: Date;
  batchSize?: number;
  onProgress?: (message: string) => void;
}

const STATUS_WEIGHTS: [AgreementStatus, number][] = [
  ['active', 50],
  ['review_due', 5],
  ['signed', 5],
  ['draft', 10],
  ['in_review', 8],
  ['ready_for_signature', 5],
  ['amended', 5],
  ['ended', 12],
];
const TYPES: AgreementType[] = ['consultation_hour', 'joint_course', 'room_use', 'basic_cooperation'];

function weighted(random: Random, weights: [AgreementStatus, number][]): AgreementStatus {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [status, weight] of weights) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'active';
}

type Org = { id: string; providerId: string | null; municipalityId: string; type: string };

function dateIn(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function buildRows(orgs: Org[], options: ScaleAgreementOptions) {
  const random = new Random(options.seed);
  const now = options.now ?? new Date();
  const perCentre = options.perCentre ?? 4;
  const partnersByMunicipality = new Map<string, Org[]>();
  for (const org of orgs.filter((o) => o.type === 'partner')) {
    partnersByMunicipality.set(org.municipalityId, [
      ...(partnersByMunicipality.get(org.municipalityId) ?? []),
      org,
    ]);
  }
  const sections = { ...emptySections(), purpose: 'Kooperation im Sozialraum (generierte Testdaten).' };
  const rows = {
    agreements: [] as (typeof agreements.$inferInsert)[],
    parties: [] as (typeof agreementParties.$inferInsert)[],
    versions: [] as (typeof agreementVersions.$inferInsert)[],
  };
  let n = 0;
  for (const centre of orgs.filter((o) => o.type === 'family_centre')) {
    const partners = partnersByMunicipality.get(centre.municipalityId) ?? [];
    for (let i = 0; i < perCentre && partners.length > 0; i++) {
      const partner = partners[random.int(0, partners.length - 1)] as Org;
      const status = weighted(random, STATUS_WEIGHTS);
      const id = randomUUID();
      const start = random.int(-1500, 90);
      const hasEnd = random.next() < 0.3;
      n++;
      rows.agreements.push({
        id,
        reference: `KV-GEN-${String(n).padStart(6, '0')}`,
        title: `Kooperation ${n}`,
        type: TYPES[random.int(0, TYPES.length - 1)] as AgreementType,
        status,
        municipalityId: centre.municipalityId,
        currentVersion: 1,
        inForceVersion: ['signed', 'active', 'review_due', 'amended', 'ended'].includes(status) ? 1 : null,
        startDate: dateIn(now, start),
        endDate: hasEnd ? dateIn(now, start + random.int(365, 1500)) : null,
        autoRenewal: hasEnd && random.next() < 0.5,
        noticePeriodMonths: random.int(1, 6),
        reviewDate: random.next() < 0.8 ? dateIn(now, random.int(-30, 400)) : null,
        needsAmendmentReason: random.next() < 0.01 ? 'verbund_member_left' : null,
        needsAmendmentSince: null,
        sharedWithYouthOffice: random.next() < 0.3,
      });
      const party = (org: Org, position: number) => ({
        agreementId: id,
        position,
        organizationId: org.providerId ?? org.id,
        facilityIds: [org.id],
      });
      rows.parties.push(party(centre, 0), party(partner, 1));
      rows.versions.push({
        agreementId: id,
        number: 1,
        status: status === 'draft' ? 'draft' : 'signed',
        sections,
      });
    }
  }
  for (const row of rows.agreements) if (row.needsAmendmentReason) row.needsAmendmentSince = now;
  return rows;
}

async function inBatches<T>(tx: Executor, rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
  return tx;
}

export async function generateScaleAgreements(db: Database, options: ScaleAgreementOptions): Promise<number> {
  const progress = options.onProgress ?? (() => {});
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(agreements);
  if ((existing?.n ?? 0) > 0) {
    progress(`agreements: ${existing?.n} present, nothing generated`);
    return 0;
  }
  const orgs = await db
    .select({
      id: organizations.id,
      providerId: organizations.providerId,
      municipalityId: organizations.municipalityId,
      type: organizations.type,
    })
    .from(organizations)
    .where(inArray(organizations.type, ['family_centre', 'partner']));
  const rows = buildRows(orgs, options);
  const size = options.batchSize ?? 1000;
  await db.transaction(async (tx) => {
    await inBatches(tx, rows.agreements, size, (b) => tx.insert(agreements).values(b));
    await inBatches(tx, rows.parties, size, (b) => tx.insert(agreementParties).values(b));
    await inBatches(tx, rows.versions, size, (b) => tx.insert(agreementVersions).values(b));
  });
  await db.execute(sql`analyze agreements`);
  await db.execute(sql`analyze agreement_parties`);
  progress(`agreements: ${rows.agreements.length} with ${rows.parties.length} parties`);
  return rows.agreements.length;
}
