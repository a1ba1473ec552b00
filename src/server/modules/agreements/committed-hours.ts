import { type SQL, sql } from 'drizzle-orm';

/**
 * What the cooperations module may know of agreements to derive an organisation's committed hours
 * (decision 014, issue 17 §4): the service rows with hours of the agreements in force, per organisation of
 * the party (the Träger and each of its facilities). Read-only SQL fragments; the cooperations module
 * combines them with its own tables.
 */

/** Agreements whose in-force version binds the parties. */
export const LIVE_AGREEMENT_STATUSES = ['signed', 'active', 'review_due', 'amended'] as const;
const live = sql.raw(LIVE_AGREEMENT_STATUSES.map((s) => `'${s}'`).join(','));

export type HoursScope = { organizationId: string } | { municipalityId: string };

/** Which agreements to read: the live ones (in-force version), or one agreement as if signed now. */
export type AgreementSelection = { live: true; exceptId?: string | null } | { asIfSigned: string };

function selectionSql(selection: AgreementSelection): { where: SQL; version: SQL } {
  if ('asIfSigned' in selection) {
    return { where: sql`a.id = ${selection.asIfSigned}::uuid`, version: sql`a.current_version` };
  }
  const except = selection.exceptId ? sql` and a.id <> ${selection.exceptId}::uuid` : sql``;
  return { where: sql`a.status in (${live})${except}`, version: sql`a.in_force_version` };
}

function scopeSql(scope: HoursScope): SQL {
  if ('organizationId' in scope) {
    const id = scope.organizationId;
    return sql`(p.organization_id = ${id}::uuid or p.facility_ids @> array[${id}::uuid]) and po.id = ${id}::uuid`;
  }
  const m = scope.municipalityId;
  return sql`a.municipality_ids @> array[${m}::uuid] and o.municipality_id = ${m}::uuid`;
}

/**
 * Rows (organization_id, agreement_id, title, framework_id, offering_id, hours, start_date, end_date,
 * district_id): each service row with hours of a party, once per organisation of that party. The term ends
 * with `end_date` (null: open-ended or renewing). The district is the organisation's own for a family
 * centre, otherwise that of the first family centre among the other parties.
 */
export function agreementServiceHours(scope: HoursScope, selection: AgreementSelection): SQL {
  const { where, version } = selectionSql(selection);
  return sql`(
    select po.id as organization_id, a.id as agreement_id, a.title, a.framework_id,
           nullif(s->>'offeringId', '')::uuid as offering_id,
           (s->>'hoursPerMonth')::numeric as hours,
           a.start_date, case when a.auto_renewal then null else a.end_date end as end_date,
           case when o.type = 'family_centre' then o.district_id else (
             select c.district_id
               from agreement_parties p2
               cross join lateral unnest(array[p2.organization_id] || p2.facility_ids) x(id)
               join organizations c on c.id = x.id and c.type = 'family_centre'
              where p2.agreement_id = a.id and p2.id <> p.id and c.district_id is not null
              order by p2.position limit 1
           ) end as district_id
      from agreements a
      join agreement_versions v on v.agreement_id = a.id and v.number = ${version}
      cross join lateral jsonb_array_elements(v.services) s
      join agreement_parties p on p.agreement_id = a.id and p.id::text = s->>'partyId'
      cross join lateral unnest(array[p.organization_id] || p.facility_ids) po(id)
      join organizations o on o.id = po.id
     where ${where} and ${scopeSql(scope)}
       and jsonb_typeof(s->'hoursPerMonth') = 'number' and (s->>'hoursPerMonth')::numeric > 0
  )`;
}

/**
 * True where a live agreement binds both organisations (each as a party's Träger or facility), or where
 * `alsoLive` (an agreement about to be signed) names both.
 */
export function liveAgreementBetween(first: SQL, second: SQL, alsoLive: string | null = null): SQL {
  const orAlso = alsoLive ? sql` or a.id = ${alsoLive}::uuid` : sql``;
  // Each side found through an index (the party's organisation, or the GIN index of its facilities).
  return sql`exists (
    select 1 from agreement_parties p1
      join agreements a on a.id = p1.agreement_id
     where (p1.organization_id = ${first} or p1.facility_ids @> array[${first}])
       and (a.status in (${live})${orAlso})
       and exists (select 1 from agreement_parties p2
                    where p2.agreement_id = a.id and p2.id <> p1.id
                      and (p2.organization_id = ${second} or p2.facility_ids @> array[${second}]))
  )`;
}

/** The ids of the organisations of an agreement's parties (Träger and facilities), for capacity warnings. */
export function agreementOrganizationIds(agreementId: string): SQL {
  return sql`(
    select distinct x.id from agreement_parties p
      cross join lateral unnest(array[p.organization_id] || p.facility_ids) x(id)
     where p.agreement_id = ${agreementId}::uuid
  )`;
}
