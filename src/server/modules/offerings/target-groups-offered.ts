import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/**
 * What other modules may know of who offers what to whom (decision 014): the planning module's gap list asks
 * which districts and organisations had an offering for a target group in a period. Counts only.
 */

/** Statuses in which an offering really takes place (agreed by all, or past that): ideas and proposals are not. */
export const TAKING_PLACE = ['agreed', 'published', 'running', 'evaluated', 'ended'] as const;

/** A period of local dates in Europe/Berlin: [from, to). */
export interface LocalPeriod {
  from: string;
  to: string;
}

export interface TargetGroupCount {
  /** A district (by the offering's place) or an organisation (any co-organiser). */
  id: string;
  targetGroup: string;
  offerings: number;
}

const startOf = (date: string) => sql`(${date}::timestamp at time zone 'Europe/Berlin')`;

/** Offerings of the municipality taking place with a session (not cancelled) in the period. */
function offeringsInPeriod(municipalityId: string, period: LocalPeriod) {
  return sql`select o.id, o.district_id, o.target_groups from offerings o
    where o.municipality_id = ${municipalityId}::uuid
      and o.status in ('agreed','published','running','evaluated','ended')
      and exists (select 1 from offering_sessions s where s.offering_id = o.id and not s.cancelled
                  and s.starts_at < ${startOf(period.to)} and s.ends_at > ${startOf(period.from)})`;
}

/**
 * Per district and per co-organising organisation: how many offerings for each target group took place in the
 * period. One statement with grouping sets, grouped in SQL.
 */
export async function targetGroupsOffered(
  db: Executor,
  municipalityId: string,
  period: LocalPeriod,
): Promise<{ byDistrict: TargetGroupCount[]; byOrganization: TargetGroupCount[] }> {
  const rows = await queryRows<{
    districtId: string | null;
    organizationId: string | null;
    targetGroup: string;
    offerings: number | string;
  }>(
    db,
    sql`with o as (${offeringsInPeriod(municipalityId, period)}),
        g as (select o.id, o.district_id, tg from o, unnest(o.target_groups) tg)
      select g.district_id as "districtId", null::uuid as "organizationId", g.tg as "targetGroup",
             count(*) as offerings
        from g where g.district_id is not null group by g.district_id, g.tg
      union all
      select null, x.organization_id, g.tg, count(distinct g.id)
        from g join offering_organizers x on x.offering_id = g.id group by x.organization_id, g.tg`,
  );
  const byDistrict: TargetGroupCount[] = [];
  const byOrganization: TargetGroupCount[] = [];
  for (const r of rows) {
    const count = { targetGroup: r.targetGroup, offerings: Number(r.offerings) };
    if (r.districtId) byDistrict.push({ id: r.districtId, ...count });
    else if (r.organizationId) byOrganization.push({ id: r.organizationId, ...count });
  }
  return { byDistrict, byOrganization };
}
