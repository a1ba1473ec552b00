import { type SQL, sql } from 'drizzle-orm';

/**
 * What planning may know of offerings (decisions 014, 016): how many offerings had sessions in a period, per
 * municipality, district and Berlin calendar quarter, in total and by format, target group, theme and age
 * band. Counts and hours only: no titles, no participants, no notes.
 */

/** Offerings that ran or run: neither ideas and proposals nor cancelled ones. */
export const COVERED_OFFERING_STATUSES = ['agreed', 'published', 'running', 'evaluated', 'ended'] as const;
const covered = sql.raw(COVERED_OFFERING_STATUSES.map((s) => `'${s}'`).join(','));

/** Age bands in years (inclusive); an offering counts in every band its age range touches. */
export const AGE_BANDS = [
  { key: '0_3', from: 0, to: 2 },
  { key: '3_6', from: 3, to: 5 },
  { key: '6_12', from: 6, to: 11 },
  { key: '12_plus', from: 12, to: 99 },
] as const;
const bandRows = sql.raw(AGE_BANDS.map((b) => `('${b.key}', ${b.from}, ${b.to})`).join(', '));

export type OfferingDimension = 'all' | 'format' | 'target_group' | 'theme' | 'age_band';

/**
 * Rows (municipality_id, district_id, quarter, dimension, key, offerings, sessions, hours): `quarter` null is
 * the whole period (offerings counted once though they ran in several quarters). The district is the
 * offering's own, else its lead organisation's. With `detail` false only the dimension 'all' (state totals).
 */
export function offeringsByDistrictSql(
  inScope: (municipalityColumn: SQL) => SQL,
  from: Date,
  to: Date,
  detail: boolean,
): SQL {
  const per = (dimension: OfferingDimension, key: SQL | null, join: SQL = sql``, where: SQL = sql`true`) => {
    const keyed = key ? sql`, ${key}` : sql``;
    return sql`
    select municipality_id, district_id, quarter, ${dimension}::text as dimension, ${key ?? sql`''`}::text as key,
           count(distinct id)::int as offerings, sum(sessions)::int as sessions, sum(hours)::float8 as hours
      from ran ${join}
     where ${where}
     group by grouping sets ((municipality_id, district_id, quarter${keyed}), (municipality_id, district_id${keyed}))`;
  };
  const dimensions = detail
    ? sql`union all ${per('format', sql`ran.format`)}
      union all ${per('target_group', sql`tg`, sql`cross join unnest(ran.target_groups) tg`)}
      union all ${per('theme', sql`th`, sql`cross join unnest(ran.themes) th`)}
      union all ${per(
        'age_band',
        sql`band.key`,
        sql`cross join (values ${bandRows}) band(key, lo, hi)`,
        sql`(ran.age_from is not null or ran.age_to is not null)
            and coalesce(ran.age_from, 0) <= band.hi and coalesce(ran.age_to, 99) >= band.lo`,
      )}`
    : sql``;
  // Each offering's sessions of the period once, per quarter, through the covering (offering_id, starts_at)
  // index (an index-only lateral per offering, as in staffed-hours.ts).
  return sql`with ran as materialized (
      select o.id, o.municipality_id,
             -- the lead's district only where the offering has none (one index lookup, not a join of all)
             coalesce(o.district_id,
                      (select lead.district_id from organizations lead where lead.id = o.lead_organization_id)) as district_id,
             o.format, o.target_groups, o.themes, o.age_from, o.age_to, s.quarter, s.sessions, s.hours
        from offerings o
        cross join lateral (
          select extract(quarter from se.starts_at at time zone 'Europe/Berlin')::int as quarter,
                 count(*) as sessions, sum(extract(epoch from se.ends_at - se.starts_at)) / 3600 as hours
            from offering_sessions se
           where se.offering_id = o.id and not se.cancelled
             and se.starts_at >= ${from.toISOString()}::timestamptz and se.starts_at < ${to.toISOString()}::timestamptz
           group by 1
        ) s
       where ${inScope(sql`o.municipality_id`)} and o.status in (${covered})
    )
    ${per('all', null)}
    ${dimensions}`;
}
