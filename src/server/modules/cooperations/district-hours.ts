import { type SQL, sql } from 'drizzle-orm';
import { capacityCtes } from './capacity-derivation';

/**
 * What planning may know of capacities (decisions 015, 016): per district, the hours partners with a
 * capacity entry committed over the 12 months from `from` (agreements, staffed offerings, pools), and how
 * many such partners committed any. Derived from the same CTEs as the capacity views: the figures agree.
 *
 * Rows (district_id, partners, committed_hours, available_hours); `available_hours`: those partners' hours
 * entered for that district (district-specific capacity rows only; rows "anywhere" belong to no district).
 */
export function partnerHoursByDistrictSql(municipalityId: string, from: string): SQL {
  return sql`with ${capacityCtes({ municipalityId }, from, null)},
    partner_items as (
      select b.organization_id, b.district_id, b.hours
        from bucketed b
        join organizations o on o.id = b.organization_id and o.type = 'partner'
       -- in (…), not exists: a hashed set of the partners with capacity, not a scan of the CTE per item
       where b.state = 'committed' and b.organization_id in (select organization_id from periods)
    ),
    committed as (
      select district_id, count(distinct organization_id)::int as partners, sum(hours)::float8 as committed_hours
        from partner_items group by district_id
    ),
    available as (
      select p.district_id, sum(p.available)::float8 as available_hours
        from periods p
        join organizations o on o.id = p.organization_id and o.type = 'partner'
       where p.district_id is not null
       group by p.district_id
    )
    select coalesce(c.district_id, a.district_id) as district_id, coalesce(c.partners, 0) as partners,
           coalesce(c.committed_hours, 0) as committed_hours, coalesce(a.available_hours, 0) as available_hours
      from committed c full join available a on a.district_id = c.district_id`;
}
