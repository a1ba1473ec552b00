import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { arrayLiteral, queryRowsPrepared } from '../../db/client';
import { distanceKmSql, inBoundingBoxSql, withinRadiusSql } from '../../db/geo';
import type { RelationshipStatus } from './schema';

export interface SearchFilters {
  q?: string | undefined;
  origin?: { lat: number; lng: number } | undefined;
  radiusKm?: number | undefined;
  kindId?: string | undefined;
  language?: string | undefined;
  targetGroup?: string | undefined;
  districtId?: string | undefined;
  relationship?: RelationshipStatus | undefined;
  /** The caller's centre: its relationships are shown, and it is not its own result. */
  centreId?: string | undefined;
  staleAfterDays: number;
  limit: number;
  offset: number;
}

interface KindRef {
  key: string;
  labelDe: string;
  labelEn: string;
}

export interface SearchRow {
  items: {
    id: string;
    name: string;
    type: string;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    lat: number | null;
    lng: number | null;
    districtId: string | null;
    website: string | null;
    kinds: KindRef[] | null;
    distanceKm: number | null;
    relationship: RelationshipStatus | null;
    stale: boolean;
  }[];
  total: number;
  kindFacets: (KindRef & { count: number })[];
  districtFacets: { id: string; name: string; count: number }[];
}

const ORGANIZATION_COORDINATES = { lat: sql`o.lat`, lng: sql`o.lng` };

function conditions(f: SearchFilters): SQL[] {
  const where: SQL[] = [sql`o.type in ('partner', 'youth_office', 'family_centre')`];
  if (f.centreId) where.push(sql`o.id <> ${f.centreId}`);
  if (f.q) {
    // Prefix full-text on stems, stems inside compound names (…beratung… in Erziehungsberatungsstelle),
    // and word similarity for typos; the first uses the GIN tsvector index, the others the trigram one.
    where.push(
      sql`(p.search_document @@ qp.tsq or (cardinality(qp.patterns) > 0 and p.folded_name like all (qp.patterns)) or qp.folded <% p.folded_name)`,
    );
  }
  if (f.origin && f.radiusKm) {
    // The box runs on the GiST index of the profile's location; the exact circle filters what is left.
    where.push(inBoundingBoxSql(sql`p.location`, f.origin, f.radiusKm));
    where.push(withinRadiusSql(ORGANIZATION_COORDINATES, f.origin, f.radiusKm));
  }
  if (f.kindId) where.push(sql`p.kind_ids @> ${arrayLiteral([f.kindId])}::uuid[]`);
  if (f.language) where.push(sql`p.languages @> ${arrayLiteral([f.language])}::text[]`);
  if (f.targetGroup) where.push(sql`p.target_groups @> ${arrayLiteral([f.targetGroup])}::text[]`);
  if (f.districtId) where.push(sql`o.district_id = ${f.districtId}`);
  if (f.relationship) where.push(sql`r.status = ${f.relationship}`);
  return where;
}

/**
 * One round trip: the page, the total and the facet counts of kinds and districts over all matches.
 * Ranking: relevance (stale profiles count half), then distance, then name.
 */
export function directorySearchQuery(f: SearchFilters): SQL {
  const stale = sql`p.last_confirmed_at < now() - make_interval(days => ${f.staleAfterDays})`;
  const relevance = f.q
    ? sql`(ts_rank(p.search_document, qp.tsq) + word_similarity(qp.folded, p.folded_name))`
    : sql`0`;
  const distance = f.origin ? distanceKmSql(ORGANIZATION_COORDINATES, f.origin) : sql`null::float8`;
  return sql`
    with qp as (
      select f_fold(${f.q ?? ''}) as folded,
        (select to_tsquery('german', string_agg(quote_literal(lexeme) || ':*', ' & '))
           from unnest(to_tsvector('german', f_fold(${f.q ?? ''})))) as tsq,
        array(select '%' || lexeme || '%' from unnest(to_tsvector('german', f_fold(${f.q ?? ''})))) as patterns
    ),
    matches as materialized (
      select o.id, o.name, o.type, o.street, o.postal_code, o.city, o.lat, o.lng, o.district_id, o.website,
        ${distance} as distance_km, ${stale} as stale, r.status as relationship,
        ${relevance} * (case when ${stale} then 0.5 else 1 end) as score
      from partner_profiles p
      join organizations o on o.id = p.organization_id
      cross join qp
      left join partner_relationships r on r.centre_id = ${f.centreId ?? null} and r.partner_id = o.id
      where ${sql.join(conditions(f), sql` and `)}
    ),
    page as (
      select * from matches
      order by score desc, stale, distance_km nulls last, name, id
      limit ${f.limit + 1} offset ${f.offset}
    )
    select
      coalesce((select json_agg(json_build_object(
          'id', m.id, 'name', m.name, 'type', m.type, 'street', m.street, 'postalCode', m.postal_code,
          'city', m.city, 'lat', m.lat, 'lng', m.lng, 'districtId', m.district_id, 'website', m.website,
          'distanceKm', round(m.distance_km::numeric, 2), 'stale', m.stale, 'relationship', m.relationship,
          'kinds', (select json_agg(json_build_object('key', k.key, 'labelDe', k.label_de, 'labelEn', k.label_en)
                      order by k.sort_order)
                    from organization_kinds ok join partner_kinds k on k.id = ok.kind_id
                    where ok.organization_id = m.id))
        order by m.score desc, m.stale, m.distance_km nulls last, m.name, m.id) from page m), '[]') as items,
      (select count(*)::int from matches) as total,
      coalesce((select json_agg(f order by f.count desc, f."labelDe") from (
          select k.key, k.label_de as "labelDe", k.label_en as "labelEn", count(*)::int as count
          from matches m join organization_kinds ok on ok.organization_id = m.id
          join partner_kinds k on k.id = ok.kind_id group by k.key, k.label_de, k.label_en) f), '[]') as "kindFacets",
      coalesce((select json_agg(f order by f.name) from (
          select d.id, d.name, count(*)::int as count
          from matches m join districts d on d.id = m.district_id group by d.id, d.name) f), '[]') as "districtFacets"
  `;
}

export async function searchDirectory(db: Executor, filters: SearchFilters): Promise<SearchRow> {
  // Prepared: planning this statement took as long as running it (~3 ms each on the NRW set).
  const [row] = await queryRowsPrepared<SearchRow>(db, directorySearchQuery(filters));
  if (!row) throw new Error('search returned no row');
  return row;
}
