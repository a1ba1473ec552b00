import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client';
import { SEAL_CODES_BY_TEMPLATE } from './scale-seal';

/**
 * Offerings for the NRW-sized set (issue 5, bench: the public finder and calendar feeds): `total`
 * offerings (default 150,000) led by the family centres, each with one or two partners of its
 * municipality, one weekly schedule of 6–16 sessions and its sessions. Generated inside PostgreSQL with
 * set-based SQL (a few minutes instead of hours of round trips); `setseed` keeps it reproducible.
 * Fills only an empty offerings table.
 */
export interface ScaleOfferingOptions {
  seed: number;
  total?: number;
  onProgress?: (message: string) => void;
}

const TEMPLATES: [
  title: string,
  format: string,
  themes: string,
  targetGroups: string,
  ageFrom: number,
  ageTo: number,
][] = [
  ['Elterncafé', 'open_cafe', 'Austausch Erziehung', 'all_families,age_0_3,age_3_6', 0, 6],
  [
    'Offene Erziehungsberatung',
    'consultation_hour',
    'Beratung Erziehung',
    'all_families,single_parents',
    0,
    18,
  ],
  [
    'Elternkurs Starke Eltern – starke Kinder',
    'course_series',
    'Erziehung Elternkurs',
    'age_3_6,school_children',
    3,
    12,
  ],
  ['Krabbelgruppe', 'group', 'Entwicklung Bewegung', 'age_0_3', 0, 1],
  ['Infoabend Schulstart', 'information_evening', 'Schule Übergang', 'age_3_6', 5, 6],
  ['Hebammensprechstunde', 'consultation_hour', 'Schwangerschaft Geburt', 'expectant_parents,age_0_3', 0, 1],
  ['Vorlesestunde', 'group', 'Sprache Lesen', 'age_3_6', 3, 6],
  ['Eltern-Kind-Turnen', 'group', 'Bewegung Sport', 'age_0_3,age_3_6', 1, 4],
  ['Musikalische Früherziehung', 'course_series', 'Musik', 'age_3_6', 4, 6],
  ['Migrationsberatung', 'consultation_hour', 'Migration Beratung', 'migrant_families', 0, 18],
  ['Vätertreff', 'group', 'Väter Austausch', 'fathers', 0, 10],
  ['Frühstück für Alleinerziehende', 'open_cafe', 'Alleinerziehende', 'single_parents', 0, 18],
  ['Babyschwimmen', 'course_series', 'Bewegung Wasser', 'age_0_3', 0, 1],
  ['Erste Hilfe am Kind', 'single_event', 'Gesundheit Sicherheit', 'expectant_parents,age_0_3,age_3_6', 0, 6],
  ['Deutschkurs für Mütter', 'course_series', 'Sprache Migration', 'migrant_families', 0, 6],
  ['Infoabend Kindertagespflege', 'information_evening', 'Betreuung', 'expectant_parents,age_0_3', 0, 3],
];

export async function generateScaleOfferings(db: Database, options: ScaleOfferingOptions): Promise<number> {
  const total = options.total ?? 150_000;
  const progress = options.onProgress ?? (() => {});
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from offerings`);
  if ((existing?.n ?? 0) > 0) {
    progress(`offerings: ${existing?.n} exist already, skipped`);
    return 0;
  }
  const templates = sql.join(
    TEMPLATES.map(
      ([title, format, themes, groups, from, to], i) =>
        sql`(${i}, ${title}, ${format}, string_to_array(${themes}, ' '), string_to_array(${groups}, ','), ${from}, ${to},
          string_to_array(${(SEAL_CODES_BY_TEMPLATE[title] ?? []).join(',')}, ','))`,
    ),
    sql`, `,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${(options.seed % 1000) / 1000})`);
    await tx.execute(sql`create temporary table scale_centres on commit drop as
      select row_number() over (order by id) as rn, id, municipality_id, district_id, lat, lng, street, postal_code, city
      from organizations where type = 'family_centre' and lat is not null`);
    await tx.execute(sql`create temporary table scale_partners on commit drop as
      select row_number() over (partition by municipality_id order by id) as rn, id, municipality_id,
        count(*) over (partition by municipality_id) as n
      from organizations where type = 'partner'`);
    // Indexed, so that picking a partner per offering is a lookup, not a scan of 30,000 partners.
    await tx.execute(sql`create index on scale_partners (municipality_id, rn)`);
    await tx.execute(sql`create temporary table scale_partner_counts on commit drop as
      select municipality_id, count(*)::int as n from scale_partners group by municipality_id`);
    await tx.execute(sql`create temporary table scale_templates (i int, title text, format text, themes text[],
      groups text[], age_from int, age_to int, seal text[]) on commit drop`);
    await tx.execute(sql`insert into scale_templates values ${templates}`);
    // The search columns as the service writes them, computed once per template rather than per row
    // (an UPDATE of 150,000 rows through three GIN indexes took 18 minutes). The title's number suffix
    // only adds a digit token, which the finder never searches for.
    await tx.execute(
      sql`alter table scale_templates add column folded_title text, add column search_document tsvector`,
    );
    await tx.execute(sql`update scale_templates set folded_title = f_fold(title),
      search_document = setweight(to_tsvector('german', f_fold(title)), 'A') ||
        setweight(to_tsvector('german', f_fold(array_to_string(themes, ' '))), 'B') ||
        setweight(to_tsvector('german', f_fold('Angebot im Familienzentrum: ' || title || '.')), 'C')`);
    const [centres] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from scale_centres`);
    if (!centres?.n) throw new Error('scale offerings need family centres: generate organisations first');
    // Statuses: mostly published or running (what families find), the rest spread over the lifecycle.
    await tx.execute(sql`
      insert into offerings (title, description, format, themes, target_groups, age_from, age_to, languages,
        fee_cents, registration, accessibility, is_public, status, lead_organization_id, municipality_id,
        street, postal_code, city, lat, lng, district_id, consent_round, folded_title, search_document, seal_criteria)
      select t.title || ' ' || (g % 7 + 1), 'Angebot im Familienzentrum: ' || t.title || '.', t.format, t.themes,
        t.groups, t.age_from, t.age_to,
        case when g % 5 = 0 then array['de', 'tr'] when g % 7 = 0 then array['de', 'ar'] else array['de'] end,
        case when t.format = 'course_series' then 2000 + (g % 4) * 1000 else 0 end,
        '{"mode":"none","phone":null,"email":null,"url":null,"capacity":null,"waitlistCount":null,"note":null}'::jsonb,
        array['step_free'], g % 8 <> 0,
        (case when r < 0.55 then 'published' when r < 0.75 then 'running' when r < 0.8 then 'idea'
              when r < 0.85 then 'proposed' when r < 0.88 then 'agreed' when r < 0.93 then 'evaluated'
              when r < 0.97 then 'ended' else 'cancelled' end)::offering_status,
        c.id, c.municipality_id, c.street, c.postal_code, c.city,
        c.lat + (random() - 0.5) * 0.01, c.lng + (random() - 0.5) * 0.015, c.district_id, 1,
        t.folded_title || ' ' || (g % 7 + 1), t.search_document, t.seal
      from (select g, random() as r from generate_series(1, ${total}) g) s
      join scale_centres c on c.rn = (s.g % ${centres.n}) + 1
      join scale_templates t on t.i = s.g % ${TEMPLATES.length}`);
    progress(`offerings: ${total} inserted`);
    await tx.execute(sql`insert into offering_organizers (offering_id, organization_id, responsibilities, position)
      select id, lead_organization_id, array['lead', 'room', 'publicity'], 0 from offerings`);
    await tx.execute(sql`insert into offering_organizers (offering_id, organization_id, responsibilities, position)
      select distinct on (o.id, p.id) o.id, p.id, array['content', 'staff'], k
      from offerings o
      cross join generate_series(1, 2) k
      join scale_partner_counts pc on pc.municipality_id = o.municipality_id
      join scale_partners p on p.municipality_id = o.municipality_id
        and p.rn = 1 + (abs(hashtext(o.id::text || k)) % pc.n)
      where k = 1 or abs(hashtext(o.id::text)) % 3 = 0
      on conflict do nothing`);
    progress('offerings: co-organisers');
    await tx.execute(sql`insert into offering_consents (offering_id, organization_id, round)
      select x.offering_id, x.organization_id, 1 from offering_organizers x join offerings o on o.id = x.offering_id
      where o.status not in ('idea', 'proposed')`);
    // One weekly schedule each; running and finished ones started in the past, the rest start soon.
    await tx.execute(sql`insert into offering_schedules (offering_id, start_date, start_time, duration_minutes, rrule)
      select o.id,
        current_date + case when o.status in ('running') then -(abs(hashtext(o.id::text)) % 40)
                            when o.status in ('evaluated', 'ended') then -120 - (abs(hashtext(o.id::text)) % 60)
                            else abs(hashtext(o.id::text)) % 30 end,
        (array['09:00', '10:00', '15:00', '16:30', '19:00'])[1 + abs(hashtext(o.id::text || 't')) % 5],
        case when o.format = 'single_event' then 180 else 90 end,
        case when o.format in ('single_event', 'information_evening') then null
             else 'FREQ=WEEKLY;COUNT=' || (6 + abs(hashtext(o.id::text || 'c')) % 11) end
      from offerings o`);
    await tx.execute(sql`insert into offering_sessions (offering_id, schedule_id, original_starts_at, starts_at, ends_at, participants)
      select s.offering_id, s.id, t.at, t.at, t.at + make_interval(mins => s.duration_minutes),
        case when t.at < now() then 4 + abs(hashtext(s.id::text || k)) % 12 end
      from offering_schedules s
      cross join lateral generate_series(0, coalesce(substring(s.rrule from 'COUNT=(\\d+)')::int, 1) - 1) k
      cross join lateral (select ((s.start_date + 7 * k) + s.start_time::time) at time zone 'Europe/Berlin' as at) t`);
    progress('offerings: schedules and sessions');
    // Postcode centroids for the finder's distance filter: here the mean of the organisations' coordinates.
    await tx.execute(sql`insert into postcodes (code, name, lat, lng)
      select postal_code, min(city), avg(lat), avg(lng) from organizations
      where postal_code ~ '^[0-9]{5}$' and lat is not null group by postal_code
      on conflict do nothing`);
  });
  // Vacuumed, not only analysed: a long-running database has its visibility map set by autovacuum, and the
  // finder's next-session lookups are index-only scans only on pages marked all-visible.
  await db.execute(sql`vacuum (analyze) offerings`);
  await db.execute(sql`vacuum (analyze) offering_sessions`);
  await db.execute(sql`analyze offering_organizers`);
  await db.execute(sql`analyze offering_schedules`);
  await db.execute(sql`analyze offering_consents`);
  return total;
}
