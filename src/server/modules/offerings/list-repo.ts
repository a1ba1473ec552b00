import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import type { Actor } from '../../policy';
import { missingConsents } from './policy';
import { permissionsOf } from './present';
import type { OfferingStatus } from './schema';
import type { OfferingListQuery } from './schemas';

interface SummaryRow {
  id: string;
  title: string;
  format: string;
  status: OfferingStatus;
  isPublic: boolean;
  targetGroups: string[];
  leadOrganizationId: string;
  municipalityId: string;
  consentRound: number;
  createdAt: string;
  updatedAt: string;
  version: number;
  organizers: { id: string; name: string; responsibilities: string[] }[];
  consents: { organizationId: string; round: number }[];
  nextSessionAt: string | null;
  sessionCount: number;
}

function filters(query: OfferingListQuery): SQL[] {
  const where: SQL[] = [];
  if (query.organizationId) {
    where.push(
      sql`exists (select 1 from offering_organizers f where f.offering_id = o.id and f.organization_id = ${query.organizationId})`,
    );
  }
  if (query.status) where.push(sql`o.status = ${query.status}`);
  if (query.format) where.push(sql`o.format = ${query.format}`);
  if (query.q)
    where.push(
      sql`(o.folded_title like '%' || f_fold(${query.q}) || '%' or o.search_document @@ plainto_tsquery('german', f_fold(${query.q})))`,
    );
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, instantCursorSchema);
    where.push(sql`(o.created_at, o.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  return where;
}

/** A page of the offerings the policy's `scope` lets the actor see (`o` is the offerings table there). */
export async function listOfferingSummaries(
  db: Executor,
  actor: Actor | null,
  scope: SQL,
  query: OfferingListQuery,
) {
  const where = [scope, ...filters(query)];
  const rows = await queryRows<SummaryRow>(
    db,
    sql`
    select o.id, o.title, o.format, o.status, o.is_public as "isPublic", o.target_groups as "targetGroups",
      o.lead_organization_id as "leadOrganizationId", o.municipality_id as "municipalityId",
      o.consent_round as "consentRound", o.created_at as "createdAt", o.updated_at as "updatedAt", o.version,
      (select json_agg(json_build_object('id', g.id, 'name', g.name, 'responsibilities', x.responsibilities)
         order by x.position, g.name)
       from offering_organizers x join organizations g on g.id = x.organization_id
       where x.offering_id = o.id) as organizers,
      coalesce((select json_agg(json_build_object('organizationId', c.organization_id, 'round', c.round))
       from offering_consents c where c.offering_id = o.id and c.round = o.consent_round), '[]') as consents,
      (select min(s.starts_at) from offering_sessions s
       where s.offering_id = o.id and not s.cancelled and s.starts_at >= now()) as "nextSessionAt",
      (select count(*)::int from offering_sessions s where s.offering_id = o.id and not s.cancelled) as "sessionCount"
    from offerings o
    where ${sql.join(where, sql` and `)}
    order by o.created_at desc, o.id desc
    limit ${query.limit + 1}`,
  );
  const page = toPage(rows, query.limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
  return { items: page.items.map((r) => presentSummary(actor, r)), nextCursor: page.nextCursor };
}

function presentSummary(actor: Actor | null, r: SummaryRow) {
  const ref = {
    leadOrganizationId: r.leadOrganizationId,
    municipalityId: r.municipalityId,
    status: r.status,
    organizers: r.organizers.map((o) => ({ organizationId: o.id, responsibilities: o.responsibilities })),
  };
  const lead = r.organizers.find((o) => o.id === r.leadOrganizationId) ?? {
    id: r.leadOrganizationId,
    name: '',
  };
  const missing = new Set(missingConsents(ref, r.consentRound, r.consents));
  return {
    id: r.id,
    title: r.title,
    format: r.format as never,
    status: r.status,
    isPublic: r.isPublic,
    targetGroups: r.targetGroups,
    leadOrganization: { id: lead.id, name: lead.name },
    coOrganizers: r.organizers.filter((o) => o.id !== lead.id).map((o) => ({ id: o.id, name: o.name })),
    nextSessionAt: r.nextSessionAt ? new Date(r.nextSessionAt) : null,
    sessionCount: r.sessionCount,
    needsConsentFrom: r.organizers.filter((o) => missing.has(o.id)).map((o) => ({ id: o.id, name: o.name })),
    updatedAt: new Date(r.updatedAt),
    version: r.version,
    permissions: permissionsOf(actor, ref, r.consentRound, r.consents),
  };
}

/** Themes in use, most frequent first: suggestions for the form. */
export async function themeSuggestions(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ theme: string }>(
    db,
    sql`select theme from offerings, unnest(themes) as theme group by theme order by count(*) desc, theme limit 50`,
  );
  return rows.map((r) => r.theme);
}

/** Possible co-organisers (the policy's `coOrganizerCandidates` condition on organisations), capped. */
export async function candidateOrganizations(db: Executor, scope: SQL) {
  return queryRows<{ id: string; name: string; type: string }>(
    db,
    sql`select id, name, type from organizations
        where ${scope} and type in ('family_centre', 'partner', 'youth_office')
        order by name limit 1000`,
  );
}
