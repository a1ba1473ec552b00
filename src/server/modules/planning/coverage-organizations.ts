import { type SQL, sql } from 'drizzle-orm';

/**
 * Family centres and partners per municipality and district, partners also per kind: reference tables only
 * (organizations, organization_kinds, partner_kinds; decision 014). Organisations count as registered now:
 * their `created_at` is when they joined Familiennetz, not when they opened.
 *
 * Rows (municipality_id, district_id, type, kind_key, organizations, is_total); `is_total`: the row of all
 * organisations of that type (each once), otherwise those of one partner kind.
 */
export function organizationsByDistrictSql(inScope: (municipalityColumn: SQL) => SQL): SQL {
  return sql`select o.municipality_id, o.district_id, o.type::text as type, pk.key as kind_key,
           count(distinct o.id)::int as organizations, (grouping(pk.key) = 1) as is_total
      from organizations o
      left join organization_kinds ok on ok.organization_id = o.id and o.type = 'partner'
      left join partner_kinds pk on pk.id = ok.kind_id
     where ${inScope(sql`o.municipality_id`)} and o.type in ('family_centre', 'partner')
     group by grouping sets ((o.municipality_id, o.district_id, o.type),
                             (o.municipality_id, o.district_id, o.type, pk.key))`;
}
