import { type SQL, sql } from 'drizzle-orm';

/**
 * What planning may know of the directory's relationships (decisions 014, 016): how many cooperations were
 * active at an instant, per municipality and district of the family centre, in total and per priority partner
 * kind (counselling, family education…). Counts only: no names, no notes.
 *
 * Rows (municipality_id, district_id, kind_key, cooperations, centres); `kind_key` null: all active
 * cooperations of the district (each counted once, whatever the partner's kinds).
 */
export function activeCooperationsSql(inScope: (municipalityColumn: SQL) => SQL, at: Date): SQL {
  const instant = at.toISOString();
  // The status at `at`: the last recorded change before it; a relationship without any change before it
  // counts with its current status when that was set before `at`.
  // From the scope's centres to their relationships (the pair index), and only then each one's status at
  // `at`: checking the status first ran the history lookup for every relationship of the instance.
  return sql`with scoped as materialized (
      select pr.id, pr.centre_id, pr.partner_id, pr.status, pr.status_changed_at, c.municipality_id, c.district_id
        from organizations c
        join partner_relationships pr on pr.centre_id = c.id
       where ${inScope(sql`c.municipality_id`)} and c.type = 'family_centre'
         and pr.created_at < ${instant}::timestamptz
    ),
    active as (
      select s.id, s.centre_id, s.partner_id, s.municipality_id, s.district_id
        from scoped s
       where coalesce(
               (select ch.status from relationship_status_changes ch
                 where ch.relationship_id = s.id and ch.changed_at < ${instant}::timestamptz
                 order by ch.changed_at desc limit 1),
               case when s.status_changed_at < ${instant}::timestamptz then s.status end
             ) = 'active'
    )
    select a.municipality_id, a.district_id, null::text as kind_key,
           count(*)::int as cooperations, count(distinct a.centre_id)::int as centres
      from active a
     group by a.municipality_id, a.district_id
    union all
    select a.municipality_id, a.district_id, pk.key,
           count(distinct a.id)::int, count(distinct a.centre_id)::int
      from active a
      join organization_kinds ok on ok.organization_id = a.partner_id
      join partner_kinds pk on pk.id = ok.kind_id and pk.is_priority
     group by a.municipality_id, a.district_id, pk.key`;
}
