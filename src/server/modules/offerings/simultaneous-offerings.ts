import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { pairDistanceKmSql } from '../../db/geo';
import type { LocalPeriod } from './target-groups-offered';

/**
 * What other modules may know of offerings that run at the same time (decision 014): the planning module's
 * overlap list. Two offerings overlap when they have the same format, share a target group, have sessions
 * that overlap in time (so on the same weekday of the same week), and are in the same district or within
 * `radiusKm` of each other. Only titles, places and counts: no notes, no participants.
 */
export interface SimultaneousPair {
  aId: string;
  bId: string;
  format: string;
  sharedTargetGroups: string[];
  sameDistrict: boolean;
  /** null when one of them has no coordinates. */
  distanceKm: number | null;
  /** How many sessions of A overlap one of B in the period. */
  sessions: number;
  firstStartsAt: string;
  firstEndsAt: string;
}

export interface SimultaneousOffering {
  id: string;
  title: string;
  leadOrganizationId: string;
  districtId: string | null;
}

const startOf = (date: string) => sql`(${date}::timestamp at time zone 'Europe/Berlin')`;

/**
 * Pairs (A before B by id) of offerings of the municipality taking place in the period with overlapping
 * sessions. Sessions are joined on (format, local day) first, so the database pairs only sessions of the same
 * day by hash rather than every session with every other.
 */
export async function simultaneousOfferings(
  db: Executor,
  municipalityId: string,
  period: LocalPeriod,
  radiusKm: number,
): Promise<{ pairs: SimultaneousPair[]; offerings: SimultaneousOffering[] }> {
  const distance = pairDistanceKmSql(
    { lat: sql`a.lat`, lng: sql`a.lng` },
    { lat: sql`b.lat`, lng: sql`b.lng` },
  );
  const pairs = await queryRows<
    Omit<SimultaneousPair, 'distanceKm' | 'sessions'> & {
      distanceKm: number | string | null;
      sessions: number | string;
      firstStartsAt: string | Date;
      firstEndsAt: string | Date;
    }
  >(
    db,
    sql`with s as (
          select o.id, o.format, o.target_groups, o.district_id,
                 coalesce(se.lat, o.lat) as lat, coalesce(se.lng, o.lng) as lng,
                 se.starts_at, se.ends_at, (se.starts_at at time zone 'Europe/Berlin')::date as day
          from offerings o join offering_sessions se on se.offering_id = o.id
          where o.municipality_id = ${municipalityId}::uuid
            and o.status in ('agreed','published','running','evaluated','ended')
            and cardinality(o.target_groups) > 0 and not se.cancelled
            and se.starts_at < ${startOf(period.to)} and se.ends_at > ${startOf(period.from)}),
        p as (
          select a.id as a_id, b.id as b_id, a.format, a.target_groups as a_groups, b.target_groups as b_groups,
                 coalesce(a.district_id = b.district_id, false) as same_district,
                 case when a.lat is null or b.lat is null then null else ${distance} end as distance_km,
                 a.starts_at, a.ends_at
          from s a join s b on b.format = a.format and b.day = a.day and a.id < b.id
          where a.target_groups && b.target_groups and a.starts_at < b.ends_at and b.starts_at < a.ends_at)
      select a_id as "aId", b_id as "bId", format,
             array(select unnest(a_groups) intersect select unnest(b_groups) order by 1) as "sharedTargetGroups",
             bool_or(same_district) as "sameDistrict", min(distance_km) as "distanceKm",
             count(distinct starts_at) as sessions, min(starts_at) as "firstStartsAt",
             (array_agg(ends_at order by starts_at))[1] as "firstEndsAt"
      from p
      where same_district or distance_km <= ${radiusKm}
      group by a_id, b_id, format, a_groups, b_groups
      order by min(starts_at), a_id, b_id`,
  );
  if (pairs.length === 0) return { pairs: [], offerings: [] };
  const ids = [...new Set(pairs.flatMap((p) => [p.aId, p.bId]))];
  const offerings = await queryRows<SimultaneousOffering>(
    db,
    sql`select id, title, lead_organization_id as "leadOrganizationId", district_id as "districtId"
        from offerings where id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return {
    pairs: pairs.map((p) => ({
      ...p,
      distanceKm: p.distanceKm === null ? null : Number(p.distanceKm),
      sessions: Number(p.sessions),
      firstStartsAt: new Date(p.firstStartsAt).toISOString(),
      firstEndsAt: new Date(p.firstEndsAt).toISOString(),
    })),
    offerings,
  };
}
