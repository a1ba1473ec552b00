import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../src/server/db/client';

/**
 * Cooperations for the NRW-sized set (issue 17, bench: capacity views, assessment lists, pools): core mandates
 * of centres and priority partners (counselling, family education), their capacity periods (about 30 % of the
 * priority partners with an extra row for their own district), a built-in model on 60 % of the active or
 * in-contact relationships (some changed), assessments with 1–3 revisions for about a third of the
 * relationships (the centre's side always, the partner's mostly), and one or two pools per Jugendamt for
 * 2027 with requests and allocations. Set-based SQL in one transaction; `setseed` keeps it reproducible.
 * Fills only an empty capacity_periods table.
 */
export interface ScaleCooperationOptions {
  seed: number;
  onProgress?: (message: string) => void;
}

export interface ScaleCooperationCounts {
  mandates: number;
  capacityPeriods: number;
  cooperations: number;
  cooperationEvents: number;
  assessments: number;
  assessmentRevisions: number;
  pools: number;
  poolRequests: number;
  poolAllocations: number;
}

/** A random element of a text array literal, per row (a correlated expression, so evaluated per row). */
function pick(options: readonly string[]): SQL {
  return sql`(${`{${options.map((o) => `"${o}"`).join(',')}}`}::text[])[1 + floor(random() * ${options.length})::int]`;
}

/** The first lead or admin of an organisation (the scale set gives accounts to some centres only). */
const leadOf = (organization: SQL) =>
  sql`(select m.user_id from memberships m where m.organization_id = ${organization}
        and m.role in ('lead', 'admin') order by m.user_id limit 1)`;

export async function generateScaleCooperations(
  db: Database,
  options: ScaleCooperationOptions,
): Promise<ScaleCooperationCounts | null> {
  const progress = options.onProgress ?? (() => undefined);
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from capacity_periods`);
  if ((existing?.n ?? 0) > 0) {
    progress('cooperations: capacity_periods not empty, skipped');
    return null;
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${(options.seed % 1000) / 1000})`);
    await tx.execute(sql`
      create temp table scale_priority on commit drop as
      select o.id, o.municipality_id, o.district_id, bool_or(k.key = 'counselling') as counselling,
             bool_or(k.key = 'family_education') as education
        from organizations o
        join organization_kinds ok on ok.organization_id = o.id
        join partner_kinds k on k.id = ok.kind_id
       where o.type = 'partner' and k.is_priority
       group by o.id`);
    await insertMandatesAndCapacity(tx);
    progress('cooperations: mandates + capacity periods');
    await insertModels(tx);
    progress('cooperations: models');
    await insertAssessments(tx);
    progress('cooperations: assessments');
    await insertPools(tx);
    progress('cooperations: pools');
  });
  for (const table of [
    'capacity_periods',
    'cooperations',
    'assessments',
    'assessment_revisions',
    'capacity_pools',
  ]) {
    await db.execute(sql.raw(`analyze ${table}`));
  }
  const [counts] = await queryRows<ScaleCooperationCounts>(
    db,
    sql`select (select count(*)::int from organization_mandates) as "mandates",
               (select count(*)::int from capacity_periods) as "capacityPeriods",
               (select count(*)::int from cooperations) as "cooperations",
               (select count(*)::int from cooperation_events) as "cooperationEvents",
               (select count(*)::int from assessments) as "assessments",
               (select count(*)::int from assessment_revisions) as "assessmentRevisions",
               (select count(*)::int from capacity_pools) as "pools",
               (select count(*)::int from pool_requests) as "poolRequests",
               (select count(*)::int from pool_allocations) as "poolAllocations"`,
  );
  if (counts) progress(`cooperations: ${JSON.stringify(counts)}`);
  return counts ?? null;
}

async function insertMandatesAndCapacity(tx: Executor): Promise<void> {
  await tx.execute(sql`
    insert into organization_mandates (organization_id, text, areas, updated_by)
    select o.id,
      case when p.id is null then ${pick([
        'Kita und Familienzentrum: Bildung, Betreuung und Beratung für die Familien des Stadtteils, mit Lotsenfunktion zu Hilfen.',
        'Familienzentrum mit Schwerpunkt Sprachförderung und Elternbildung; Beratung holen wir über Partner ins Haus.',
        'Anlaufstelle für Familien im Quartier: offene Treffs, Elternbildung und Wege zu Beratung und Frühen Hilfen.',
      ])}
      when p.counselling then ${pick([
        'Erziehungs- und Familienberatung nach § 28 SGB VIII; Präsenz in Familienzentren, solange die Einzelberatung nicht leidet.',
        'Beratung für Eltern, Kinder und Jugendliche; Sprechstunden außer Haus dort, wo wir Familien sonst nicht erreichen.',
      ])}
      else ${pick([
        'Familienbildung nach § 16 SGB VIII: Kurse, Eltern-Kind-Gruppen und Elternabende, auch in Familienzentren.',
        'Niedrigschwellige Elternbildung mit Kursen vor Ort und mehrsprachiger Begleitung.',
      ])} end,
      case when p.id is null then '{childcare,early_help,family_education}'::text[]
           when p.counselling and p.education then '{educational_counselling,family_education}'::text[]
           when p.counselling then '{educational_counselling,social_counselling}'::text[]
           else '{family_education}'::text[] end,
      ${leadOf(sql`o.id`)}
      from organizations o left join scale_priority p on p.id = o.id
     where o.type = 'family_centre' or p.id is not null`);
  await tx.execute(sql`
    insert into capacity_periods (organization_id, district_id, valid_from, valid_to, hours_per_month, note)
    select p.id, null, date '2026-01-01', case when random() < 0.5 then null else date '2027-12-31' end,
           (4 + floor(random() * 37))::numeric, null
      from scale_priority p
    union all
    select p.id, p.district_id, date '2026-01-01', date '2027-12-31', (6 + floor(random() * 15))::numeric,
           'Für die Familienzentren im eigenen Stadtteil'
      from scale_priority p where p.district_id is not null and random() < 0.3
    union all
    select o.id, null, date '2026-01-01', null, (12 + floor(random() * 29))::numeric, null
      from organizations o where o.type = 'family_centre'`);
}

async function insertModels(tx: Executor): Promise<void> {
  await tx.execute(sql`
    with picked as (
      select r.id, random() as roll, coalesce(p.counselling, false) as counselling,
             coalesce(p.education, false) as education
        from partner_relationships r left join scale_priority p on p.id = r.partner_id
       where r.status in ('active', 'in_contact')
    ), keyed as (
      select id, case when counselling then (array['consultation_hour', 'framework_basic', 'referral'])[1 + floor(random() * 3)::int]
                      when education then (array['course_in_centre', 'joint_offering'])[1 + floor(random() * 2)::int]
                      else (array['referral', 'referral', 'joint_offering', 'consultation_hour'])[1 + floor(random() * 4)::int]
                 end as key
        from picked where roll < 0.6
    )
    insert into cooperations (id, model_id, partner_notes)
    select k.id, m.id, case when random() < 0.1 then 'Ansprechperson wechselt im Frühjahr.' end
      from keyed k join cooperation_models m on m.key = k.key and m.municipality_id is null`);
  await tx.execute(sql`
    with changed as (
      select c.id, c.model_id, r.centre_id,
             (select m.id from cooperation_models m where m.municipality_id is null
               and m.key = case when cm.key = 'referral' then 'consultation_hour' else 'referral' end) as previous
        from cooperations c join cooperation_models cm on cm.id = c.model_id
        join partner_relationships r on r.id = c.id
       where random() < 0.12
    ), events as (
      insert into cooperation_events (cooperation_id, kind, organization_id, user_id, details, created_at)
      select id, 'model_changed', centre_id, ${leadOf(sql`centre_id`)},
             jsonb_build_object('modelId', model_id, 'previousModelId', previous),
             now() - make_interval(days => (10 + floor(random() * 400))::int)
        from changed
      returning cooperation_id
    )
    update cooperations set version = 2 where id in (select cooperation_id from events)`);
}

async function insertAssessments(tx: Executor): Promise<void> {
  await tx.execute(sql`
    with chosen as (
      select r.id, r.centre_id, r.partner_id from partner_relationships r
       where r.status in ('active', 'in_contact', 'potential', 'paused') and random() < 0.35
    ), sides as (
      select c.id, s.organization_id, (1 + floor(random() * random() * 3))::int as revisions
        from chosen c cross join lateral (values (c.centre_id, 1.0), (c.partner_id, 0.7)) as s(organization_id, share)
       where s.share = 1.0 or random() < s.share
    )
    insert into assessments (cooperation_id, organization_id, is_shared, current_revision, version, created_at, updated_at)
    select id, organization_id, random() < 0.5, revisions, revisions,
           now() - make_interval(days => revisions * 60 + 20), now() - make_interval(days => 20)
      from sides`);
  await tx.execute(sql`
    insert into assessment_revisions (assessment_id, number, mandate_fit, mandate_fit_text, family_benefit,
      family_benefit_text, mandate_benefit, hours_preparation, hours_delivery, hours_coordination, hours_travel,
      risks, decision, decided_on, decided_by, review_on, created_by, created_at)
    select a.id, g.n, 1 + floor(random() * 5)::int,
           ${pick(['Passt gut zu unserem Auftrag.', 'Passt teilweise.', 'Kernauftrag, wenn Kapazität da ist.', 'Eher Randthema.'])},
           1 + floor(random() * 5)::int,
           ${pick(['Familien erreichen Beratung ohne Umweg.', 'Hoher Bedarf im Stadtteil.', 'Bedarf noch unklar.'])},
           1 + floor(random() * 5)::int,
           (floor(random() * 3) / 2)::numeric, (floor(random() * 9) / 2)::numeric,
           (floor(random() * 3) / 2)::numeric, (floor(random() * 2) / 2)::numeric,
           case when random() < 0.3 then ${pick(['Personal knapp.', 'Raumfrage offen.', 'Finanzierung nur bis Jahresende.'])} end,
           d.decision, case when d.decision is not null then (now() - make_interval(days => x.days_ago))::date end,
           case when d.decision is not null then u.user_id end,
           case when d.decision in ('go', 'not_now') then (now() + make_interval(days => 180 - x.days_ago))::date end,
           u.user_id, now() - make_interval(days => x.days_ago)
      from assessments a
      cross join lateral generate_series(1, a.current_revision) as g(n)
      cross join lateral (select random() as roll, (a.current_revision - g.n) * 60 + 20 + floor(random() * 30)::int as days_ago) x
      cross join lateral (select case when g.n < a.current_revision then case when x.roll < 0.5 then null else 'not_now' end
                                      when x.roll < 0.5 then 'go' when x.roll < 0.7 then 'not_now'
                                      when x.roll < 0.8 then 'no' end as decision) d
      left join lateral (select m.user_id from memberships m where m.organization_id = a.organization_id
                          and m.role in ('lead', 'admin') order by m.user_id limit 1) u on true`);
  // Only a decision can be shared; each shared one leaves its event on the cooperation.
  await tx.execute(sql`
    update assessments a set is_shared = false from assessment_revisions r
     where r.assessment_id = a.id and r.number = a.current_revision and r.decision is null and a.is_shared`);
  await tx.execute(sql`
    insert into cooperations (id) select distinct cooperation_id from assessments where is_shared
    on conflict (id) do nothing`);
  await tx.execute(sql`
    insert into cooperation_events (cooperation_id, kind, organization_id, user_id, details, created_at)
    select a.cooperation_id, 'decision_shared', a.organization_id, r.decided_by,
           jsonb_build_object('decision', r.decision, 'hoursPerMonth',
             r.hours_preparation + r.hours_delivery + r.hours_coordination + r.hours_travel),
           r.created_at
      from assessments a join assessment_revisions r on r.assessment_id = a.id and r.number = a.current_revision
     where a.is_shared`);
}

async function insertPools(tx: Executor): Promise<void> {
  // One pool per Jugendamt from a counselling centre where there is one, a second from another partner for half.
  await tx.execute(sql`
    with ranked as (
      select p.id, p.municipality_id,
             row_number() over (partition by p.municipality_id order by p.counselling desc, random()) as rank
        from scale_priority p
    ), chosen as (
      select r.id, r.municipality_id, (4 * (5 + floor(random() * 11)))::numeric as hours,
             case when random() < 0.7 then array(
               select d.id from districts d where d.municipality_id = r.municipality_id and exists (
                 select 1 from organizations c where c.district_id = d.id and c.type = 'family_centre')
               order by random() limit 2) else '{}'::uuid[] end as district_ids,
             random() < 0.8 as confirmed
        from ranked r where r.rank = 1 or (r.rank = 2 and random() < 0.5)
    )
    insert into capacity_pools (municipality_id, partner_id, title, hours_per_month, valid_from, valid_to, district_ids,
      need_weights, confirmed_at, confirmed_by, created_by, version)
    select c.municipality_id, c.id, o.name || ': ' || c.hours || ' h/Monat für Familienzentren, 2027', c.hours,
           date '2027-01-01', date '2027-12-31', c.district_ids,
           coalesce((select jsonb_object_agg(d, 100 + floor(random() * 400)::int) from unnest(c.district_ids) d), '{}'),
           case when c.confirmed then now() - interval '20 days' end,
           case when c.confirmed then ${leadOf(sql`c.id`)} end,
           (select m.user_id from memberships m join organizations y on y.id = m.organization_id
             where y.type = 'youth_office' and y.municipality_id = c.municipality_id and m.role = 'planner'
             order by m.user_id limit 1),
           case when c.confirmed then 2 else 1 end
      from chosen c join organizations o on o.id = c.id`);
  await tx.execute(sql`
    insert into pool_requests (pool_id, centre_id, hours_per_month, reason, requested_by)
    select p.id, o.id, (2 + floor(random() * 11))::numeric,
           ${pick(['Hoher Beratungsbedarf, lange Wartezeiten.', 'Viele Familien in Belastungslagen.', 'Bisher keine Beratung im Haus.'])},
           ${leadOf(sql`o.id`)}
      from capacity_pools p join organizations o on o.municipality_id = p.municipality_id and o.type = 'family_centre'
       and (cardinality(p.district_ids) = 0 or o.district_id = any(p.district_ids))
     where random() < 0.5`);
  // Confirmed pools are allocated in proportion to the requests, in half hours, never above the pool.
  await tx.execute(sql`
    insert into pool_allocations (pool_id, centre_id, hours_per_month, allocated_by, allocated_at)
    select r.pool_id, r.centre_id, floor(r.hours_per_month * least(1, p.hours_per_month / t.total) * 2) / 2,
           p.created_by, now() - interval '10 days'
      from pool_requests r join capacity_pools p on p.id = r.pool_id and p.confirmed_at is not null
      join (select pool_id, sum(hours_per_month) as total from pool_requests group by pool_id) t on t.pool_id = r.pool_id`);
}
