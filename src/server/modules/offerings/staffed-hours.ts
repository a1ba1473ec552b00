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
  // Measured with EXPLAIN (ANALYZE) on the NRW bench set (bench/capacity.ts, largest municipality: 13k pairs of
  // 10k offerings, 116k sessions); each step names the cost it removed.
  // - pairs: organiser and offering once (materialized: read by both steps below).
  // - centre: the first family centre among each offering's organisers, one join for all offerings in scope
  //   (only those with an organiser that is no family centre): a subquery per pair cost a third of the time.
  // - hours: each offering's sessions of the 12 months once (not once per organiser), through the covering
  //   (offering_id, starts_at) index (migration 0016: an index-only scan, no heap visit per session; lateral:
  //   one index scan per offering, never a scan of all sessions), summed per month inside the lateral: a
  //   group-by outside sorted every session with its pair's title, on disk.
  return sql`(
    with pairs as materialized (
      select oo.organization_id, f.id as offering_id, f.title,
             (f.status in ('agreed','published','running')${agreedNow}) as committed,
             o.type = 'family_centre' as is_centre, o.district_id as own_district, f.district_id as offering_district
        from offering_organizers oo
        join organizations o on o.id = oo.organization_id
        join offerings f on f.id = oo.offering_id
       where ${scopeSql(scope)}
         and f.status in ('proposed','agreed','published','running')
         and oo.responsibilities && array['staff','content']::text[]
    ),
    centre as (
      select distinct on (o2.offering_id) o2.offering_id, c.district_id
        from offering_organizers o2
        join organizations c on c.id = o2.organization_id and c.type = 'family_centre'
       where o2.offering_id in (select offering_id from pairs where not is_centre) and c.district_id is not null
       order by o2.offering_id, o2.position
    ),
    hours as (
      select d.offering_id, h.month, h.hours
        from (select distinct offering_id from pairs) d
        cross join lateral (
          select to_char(ss.starts_at at time zone 'Europe/Berlin', 'YYYY-MM') as month,
                 (sum(extract(epoch from ss.ends_at - ss.starts_at)) / 3600.0)::numeric as hours
            from offering_sessions ss
           where ss.offering_id = d.offering_id and not ss.cancelled
             and ss.starts_at >= (${from}::timestamp at time zone 'Europe/Berlin')
             and ss.starts_at < ((${from}::timestamp + interval '12 months') at time zone 'Europe/Berlin')
           group by 1
        ) h
    )
    select p.organization_id, p.offering_id, p.title, p.committed, h.month, h.hours,
           case when p.is_centre then p.own_district else coalesce(c.district_id, p.offering_district) end as district_id
      from pairs p
      join hours h on h.offering_id = p.offering_id
      left join centre c on c.offering_id = p.offering_id
  )`;
}
