import { type SQL, sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows, queryRowsPrepared } from '../../db/client';
import { distanceKmSql, inBoundingBoxSql, withinRadiusSql } from '../../db/geo';
import { cachePerDatabase } from '../../ttl-cache';
import { shownToFamilies } from './policy';
import type { PublicOfferingSummary, PublicPlace } from './public-schemas';

export interface FinderFilters {
  q?: string | undefined;
  /**
   * How `q` matches: `exact` = the words (German stems, prefixes) or parts of the title; `similar` also accepts
   * titles with a word like the query (trigram similarity, for typos). Similarity has to be computed for every
   * candidate that does not match exactly, which is most of the finder's cost, so it is the fallback.
   */
  textMatch?: 'exact' | 'similar' | undefined;
  targetGroup?: string | undefined;
  age?: number | undefined;
  language?: string | undefined;
  format?: string | undefined;
  districtId?: string | undefined;
  municipalityId?: string | undefined;
  /** Sessions from (inclusive) … to (exclusive); without `to` also offerings without any dates. */
  from: Date;
  to?: Date | undefined;
  origin?: { lat: number; lng: number } | undefined;
  radiusKm?: number | undefined;
  limit: number;
  offset: number;
}

type RunBy = PublicOfferingSummary['runBy'];

const OFFERING_COORDINATES = { lat: sql`o.lat`, lng: sql`o.lng` };

function conditions(f: FinderFilters): SQL[] {
  // The first matches the partial indexes' predicate, so the planner may use them.
  const where: SQL[] = [shownToFamilies('o')];
  if (f.q) {
    const similar = f.textMatch === 'similar' ? sql` or qp.folded <% o.folded_title` : sql``;
    where.push(
      sql`(o.search_document @@ qp.tsq or (cardinality(qp.patterns) > 0 and o.folded_title like all (qp.patterns))${similar})`,
    );
  }
  if (f.targetGroup) where.push(sql`o.target_groups @> ${arrayLiteral([f.targetGroup])}::text[]`);
  if (f.age !== undefined) {
    where.push(sql`coalesce(o.age_from, 0) <= ${f.age} and coalesce(o.age_to, 99) >= ${f.age}`);
  }
  if (f.language) where.push(sql`o.languages @> ${arrayLiteral([f.language])}::text[]`);
  if (f.format) where.push(sql`o.format = ${f.format}`);
  if (f.districtId) where.push(sql`o.district_id = ${f.districtId}`);
  if (f.municipalityId) where.push(sql`o.municipality_id = ${f.municipalityId}`);
  if (f.origin && f.radiusKm) {
    where.push(inBoundingBoxSql(sql`o.location`, f.origin, f.radiusKm));
    where.push(withinRadiusSql(OFFERING_COORDINATES, f.origin, f.radiusKm));
  }
  return where;
}

/**
 * The public finder in one statement: filters, first session in the date range, "run by" summary, the page's
 * hits as the API's items (JSON text). Order: next date, then distance, then title. Offerings with dates only
 * in the past drop out.
 */
export function finderQuery(f: FinderFilters): SQL {
  // nextSessionAt is written as JavaScript's toISOString() does; its colons are quoted text because pgbench, which
  // replays this statement in bench/, would take ":MI" for one of its variables.
  const distance = f.origin ? distanceKmSql(OFFERING_COORDINATES, f.origin) : sql`null::float8`;
  const sessionWindow = f.to
    ? sql`s.starts_at >= ${f.from.toISOString()}::timestamptz and s.starts_at < ${f.to.toISOString()}::timestamptz`
    : sql`s.starts_at >= ${f.from.toISOString()}::timestamptz`;
  // Without an end date, offerings without any dates (e.g. consultation by appointment) are found too.
  const dateCondition = f.to
    ? sql`nxt.starts_at is not null`
    : sql`(nxt.starts_at is not null or not exists (select 1 from offering_sessions z where z.offering_id = o.id))`;
  return sql`
    with qp as (
      select f_fold(${f.q ?? ''}) as folded,
        (select to_tsquery('german', string_agg(quote_literal(lexeme) || ':*', ' & '))
           from unnest(to_tsvector('german', f_fold(${f.q ?? ''})))) as tsq,
        array(select '%' || lexeme || '%' from unnest(to_tsvector('german', f_fold(${f.q ?? ''})))) as patterns
    ),
    page as (
      select o.id, o.title, o.plain_description, o.description, o.format, o.target_groups, o.age_from, o.age_to,
        o.languages, o.fee_cents, o.place_name, o.street, o.postal_code, o.city, o.lat, o.lng, o.district_id,
        nxt.starts_at as next_session_at, ${distance} as distance_km
      from offerings o
      cross join qp
      left join lateral (
        select s.starts_at from offering_sessions s
        where s.offering_id = o.id and not s.cancelled and ${sessionWindow}
        order by s.starts_at limit 1
      ) nxt on true
      where ${sql.join(conditions(f), sql` and `)} and ${dateCondition}
      order by nxt.starts_at nulls last, distance_km nulls last, o.title, o.id
      limit ${f.limit + 1} offset ${f.offset}
    ),
    shown as (
      select * from page order by next_session_at nulls last, distance_km nulls last, title, id limit ${f.limit}
    )
    select coalesce(json_agg(${jsonObject(summaryFields)}
      order by p.next_session_at nulls last, p.distance_km nulls last, p.title, p.id), '[]')::text as items,
      (select count(*) from page)::int > ${f.limit} as "hasMore"
    from shown p left join districts d on d.id = p.district_id`;
}

/** `json_build_object` of named expressions; the names are constants of this file, written as SQL text. */
function jsonObject(fields: Record<string, SQL>): SQL {
  const pairs = Object.entries(fields).map(([name, value]) => sql`${sql.raw(`'${name}'`)}, ${value}`);
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

// The finder's items as the database writes them (decision 005): one expression per field of
// publicOfferingSummarySchema, over the page `p` and its district `d` — the compiler says when one is missing.
const placeFields = {
  name: sql`p.place_name`,
  street: sql`p.street`,
  postalCode: sql`p.postal_code`,
  city: sql`p.city`,
  lat: sql`p.lat`,
  lng: sql`p.lng`,
  districtId: sql`p.district_id`,
  districtName: sql`d.name`,
} satisfies Record<keyof PublicPlace, SQL>;

const summaryFields = {
  id: sql`p.id`,
  title: sql`p.title`,
  summary: sql`coalesce(p.plain_description, left(p.description, 240))`,
  format: sql`p.format`,
  targetGroups: sql`p.target_groups`,
  ageFrom: sql`p.age_from`,
  ageTo: sql`p.age_to`,
  languages: sql`p.languages`,
  feeCents: sql`p.fee_cents`,
  place: jsonObject(placeFields),
  nextSessionAt: sql`to_char(p.next_session_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS.MS"Z"')`,
  distanceKm: sql`round(p.distance_km::numeric, 2)`,
  runBy: runByJson(sql`p.id`),
} satisfies Record<keyof PublicOfferingSummary, SQL>;

function runByJson(offeringId: SQL): SQL {
  // One pass over the offering's organisers: the lead, and the others in their order.
  return sql`(select json_build_object(
      'lead', json_agg(json_build_object('id', g.id, 'name', g.name)) filter (where 'lead' = any(x.responsibilities)) -> 0,
      'with', coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) order by x.position, g.name)
                 filter (where not ('lead' = any(x.responsibilities))), '[]'))
      from offering_organizers x join organizations g on g.id = x.organization_id
      where x.offering_id = ${offeringId})`;
}

/**
 * A page of the finder: its items as the API's JSON text (publicOfferingSummarySchema's fields, written by the
 * database), and whether a next page follows.
 */
export interface FinderPage {
  itemsJson: string;
  hasMore: boolean;
}

export async function findPublicOfferings(db: Executor, f: FinderFilters): Promise<FinderPage> {
  const [row] = await queryRowsPrepared<{ items: string; hasMore: boolean }>(db, finderQuery(f));
  return { itemsJson: row?.items ?? '[]', hasMore: row?.hasMore ?? false };
}

/** "Run by X with Y, Z" of several offerings. */
export async function runByOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, RunBy>();
  const rows = await queryRows<{ id: string; runBy: RunBy }>(
    db,
    sql`select o.id, ${runByJson(sql`o.id`)} as "runBy" from offerings o
        where o.id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
  return new Map(rows.map((r) => [r.id, r.runBy]));
}

type Postcode = { code: string; name: string; lat: number; lng: number };

// Postcode centroids are reference data that changes when operations reload the table, so a found postcode is
// remembered for ten minutes: the finder's distance search then needs one database round trip, not two.
const postcodeCache = cachePerDatabase<string, Postcode>(600_000);

export async function findPostcode(db: Executor, code: string): Promise<Postcode | undefined> {
  return postcodeCache(db).getOrLoad(code, async () => {
    const [row] = await queryRowsPrepared<Postcode>(
      db,
      sql`select code, name, lat, lng from postcodes where code = ${code}`,
    );
    return row;
  });
}

export async function publicFacets(db: Executor, municipalityId: string | undefined) {
  const scope = municipalityId ? sql`and o.municipality_id = ${municipalityId}` : sql``;
  const [row] = await queryRows<{
    languages: string[] | null;
    districts: { id: string; name: string; municipalityName: string }[] | null;
  }>(
    db,
    sql`select
      (select array_agg(distinct l order by l) from offerings o, unnest(o.languages) l
        where ${shownToFamilies('o')} ${scope}) as languages,
      (select json_agg(json_build_object('id', d.id, 'name', d.name, 'municipalityName', m.name) order by m.name, d.name)
        from districts d join municipalities m on m.id = d.municipality_id
        where exists (select 1 from offerings o where o.district_id = d.id
          and ${shownToFamilies('o')} ${scope})) as districts`,
  );
  return { languages: row?.languages ?? [], districts: row?.districts ?? [] };
}
