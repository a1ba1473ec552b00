import { and, asc, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import { organizations } from '../accounts/schema';
import { agreementParties, agreementSignatures, agreements, agreementVersions } from './schema';

export type AgreementRow = typeof agreements.$inferSelect;
export type VersionRow = typeof agreementVersions.$inferSelect;
export type PartyRow = typeof agreementParties.$inferSelect;

export interface LoadedParty extends PartyRow {
  organizationName: string;
  facilities: { id: string; name: string }[];
}

export interface LoadedAgreement {
  row: AgreementRow;
  parties: LoadedParty[];
  /** Party ids that signed the current version. */
  signedPartyIds: Set<string>;
}

export async function findAgreement(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(agreements).where(eq(agreements.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findVersion(db: Executor, agreementId: string, number: number) {
  const [row] = await db
    .select()
    .from(agreementVersions)
    .where(and(eq(agreementVersions.agreementId, agreementId), eq(agreementVersions.number, number)));
  return row;
}

export async function listVersionRows(db: Executor, agreementId: string) {
  return db
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.agreementId, agreementId))
    .orderBy(desc(agreementVersions.number));
}

export async function organizationNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Parties (with names) and current signatures of many agreements in three queries. */
export async function loadMany(
  db: Executor,
  rows: AgreementRow[],
  options: { signatures?: boolean } = {},
): Promise<LoadedAgreement[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = await db
    .select()
    .from(agreementParties)
    .where(inArray(agreementParties.agreementId, ids))
    .orderBy(asc(agreementParties.position));
  const names = await organizationNames(
    db,
    parties.flatMap((p) => [p.organizationId, ...p.facilityIds]),
  );
  // Lists that show no signature state (the attention list) skip this query.
  const signatures =
    options.signatures === false
      ? []
      : await db
          .select({
            agreementId: agreementSignatures.agreementId,
            versionNumber: agreementSignatures.versionNumber,
            partyId: agreementSignatures.partyId,
          })
          .from(agreementSignatures)
          .where(inArray(agreementSignatures.agreementId, ids));
  return rows.map((row) => ({
    row,
    parties: parties
      .filter((p) => p.agreementId === row.id)
      .map((p) => ({
        ...p,
        organizationName: names.get(p.organizationId) ?? '',
        facilities: p.facilityIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      })),
    signedPartyIds: new Set(
      signatures
        .filter((s) => s.agreementId === row.id && s.versionNumber === row.currentVersion)
        .map((s) => s.partyId),
    ),
  }));
}

/** One agreement with its parties and signatures, whoever asks: callers decide access through the policy. */
export async function readAgreement(db: Executor, id: string, forUpdate = false) {
  const row = await findAgreement(db, id, forUpdate);
  if (!row) return undefined;
  const [loaded] = await loadMany(db, [row]);
  return loaded;
}

/** Agreements where one of the organisations is a party (as Träger or as a facility it acts for). */
export function partyOfAny(organizationIds: string[]): SQL {
  const list = sql.join(
    organizationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`exists (select 1 from ${agreementParties} p where p.agreement_id = ${agreements.id}
    and (p.organization_id in (${list}) or p.facility_ids && array[${list}]))`;
}

export interface ListFilter {
  visibility: SQL | undefined;
  conditions: (SQL | undefined)[];
  limit: number;
  cursor?: string | undefined;
}

/** Newest changes first; keyset cursor (updated_at, id). */
export async function listAgreementRows(db: Executor, filter: ListFilter) {
  const conditions = [filter.visibility, ...filter.conditions];
  if (filter.cursor) {
    const [at, id] = decodeCursor(filter.cursor, instantCursorSchema);
    const after = new Date(at);
    conditions.push(
      or(lt(agreements.updatedAt, after), and(eq(agreements.updatedAt, after), lt(agreements.id, id))),
    );
  }
  const rows = await db
    .select()
    .from(agreements)
    .where(and(...conditions))
    .orderBy(desc(agreements.updatedAt), desc(agreements.id))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (r) => [r.updatedAt.toISOString(), r.id]);
}

/** "KV-2026-0012": year and a running number. */
export async function nextReference(db: Executor, year: number): Promise<string> {
  const [row] = await queryRows<{ n: string | number }>(
    db,
    sql`select nextval('agreement_reference_seq') as n`,
  );
  return `KV-${year}-${String(row?.n ?? 0).padStart(4, '0')}`;
}
