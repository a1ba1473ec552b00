import { type SQL, sql } from 'drizzle-orm';

/**
 * What the cooperations module may know of offerings to derive an organisation's hours (decision 014,
 * issue 17 §4): the session hours per month of the offerings it staffs or shapes the content of. Read-only
 * SQL; the cooperations module combines it with its own tables.
 */

/** Offerings whose sessions count as committed hours; `proposed` ones count as planned. */
export const COMMITTED_OFFERING_STATUSES = ['agreed', 'published', 'running'] as const;

export type StaffedScope = { organizationId: string } | { municipalityId: string };

function scopeSql(scope: StaffedScope): SQL {
  if ('organizationId' in scope) return sql`oo.organization_id = ${scope.organizationId}::uuid`;
  return sql`o.municipality_id = ${scope.municipalityId}::uuid`;
}

/**
 * Rows (organization_id, offering_id, title, committed, month 'YYYY-MM', hours, district_id): the
 * non-cancelled session hours per Berlin calendar month from `from` (a first of a month) for 12 months, of
 * offerings in status proposed/agreed/published/running, for each organiser with a staff or content
 * responsibility. `committed` is false for proposed offerings, except `asIfAgreed` (an offering whose
 * consent is being given). The district is the organiser's own for a family centre, otherwise that of a
 * family centre among the co-organisers, else the offering's.
 */
export function staffedSessionHours(
  scope: StaffedScope,
  from: string,
  asIfAgreed: string | null = null,
): SQL {
  const agreedNow = asIfAgreed ? sql` or f.id = ${asIfAgreed}::uuid` : sql``;
  // Organiser and offering first (the district once per pair: `offset 0` keeps the planner from looking it up
  // once per session after the join), then its sessions of the 12 months through the
  // (offering_id, starts_at) index (lateral: one index scan per offering, never a scan of all sessions), summed per pair and month.
  return sql`(
    select so.organization_id, so.offering_id, so.title, so.committed,
           to_char(ss.starts_at at time zone 'Europe/Berlin', 'YYYY-MM') as month,
           (sum(extract(epoch from ss.ends_at - ss.starts_at)) / 3600.0)::numeric as hours, so.district_id
      from (
        select oo.organization_id, f.id as offering_id, f.title,
               (f.status in ('agreed','published','running')${agreedNow}) as committed,
               case when o.type = 'family_centre' then o.district_id else coalesce((
                 select c.district_id from offering_organizers o2
                   join organizations c on c.id = o2.organization_id and c.type = 'family_centre'
                  where o2.offering_id = f.id and c.district_id is not null
                  order by o2.position limit 1), f.district_id) end as district_id
          from offering_organizers oo
          join organizations o on o.id = oo.organization_id
          join offerings f on f.id = oo.offering_id
         where ${scopeSql(scope)}
           and f.status in ('proposed','agreed','published','running')
           and oo.responsibilities && array['staff','content']::text[]
        offset 0
      ) so
      cross join lateral (
        select ss.starts_at, ss.ends_at from offering_sessions ss
         where ss.offering_id = so.offering_id and not ss.cancelled
           and ss.starts_at >= (${from}::timestamp at time zone 'Europe/Berlin')
           and ss.starts_at < ((${from}::timestamp + interval '12 months') at time zone 'Europe/Berlin')
        offset 0
      ) ss
     group by so.organization_id, so.offering_id, so.title, so.committed, so.district_id,
              to_char(ss.starts_at at time zone 'Europe/Berlin', 'YYYY-MM')
  )`;
}
