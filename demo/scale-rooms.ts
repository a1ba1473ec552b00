import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client';

/**
 * Rooms and bookings for the NRW-sized set (issue 6, bench: availability search and booking writes):
 * 3 rooms per family centre and one per parish, library and family-education partner, each with
 * weekly bookings over `weeks` weeks around today (default 40 → about a million bookings at NRW size).
 * Set-based SQL inside PostgreSQL; slots are laid out on a 2-hour grid so that no two confirmed
 * bookings of a room overlap (the exclusion constraint checks every row anyway). `setseed` keeps it
 * reproducible. Fills only an empty rooms table.
 */
export interface ScaleRoomOptions {
  seed: number;
  weeks?: number;
  onProgress?: (message: string) => void;
}

const EQUIPMENT = [
  'mats',
  'music_system',
  'tea_kitchen',
  'projector',
  'flipchart',
  'children_furniture',
  'buggy_parking',
  'wifi',
];

export async function generateScaleRooms(db: Database, options: ScaleRoomOptions): Promise<void> {
  const progress = options.onProgress ?? (() => undefined);
  const weeks = options.weeks ?? 40;
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from rooms`);
  if ((existing?.n ?? 0) > 0) {
    progress('rooms: table not empty, skipped');
    return;
  }
  await db.execute(sql`select setseed(${(options.seed % 1000) / 1000})`);
  // Kita rooms: afternoons on weekdays (core hours belong to the children) and Saturday mornings.
  await db.execute(sql`
    insert into rooms (organization_id, name, street, postal_code, city, lat, lng, capacity, equipment, accessibility,
      usage_rules, fee_model, bookable_hours, buffer_minutes)
    select o.id, n.name, o.street, o.postal_code, o.city,
      o.lat + (random() - 0.5) * 0.0004, o.lng + (random() - 0.5) * 0.0006,
      (6 + floor(random() * 30))::int,
      array(select e from unnest(${`{${EQUIPMENT.join(',')}}`}::text[]) e where random() < 0.35),
      case when random() < 0.7 then '{step_free}'::text[] else '{}'::text[] end,
      'Schlüssel im Büro abholen; Raum besenrein hinterlassen.', 'free',
      '[{"day":1,"from":"14:00","to":"20:00"},{"day":2,"from":"14:00","to":"20:00"},{"day":3,"from":"14:00","to":"20:00"},
        {"day":4,"from":"14:00","to":"20:00"},{"day":5,"from":"14:00","to":"20:00"},{"day":6,"from":"09:00","to":"14:00"}]'::jsonb,
      (array[0, 15, 30])[1 + floor(random() * 3)::int]
    from organizations o
    cross join (values ('Bewegungsraum'), ('Elterncafé'), ('Mehrzweckraum')) as n(name)
    where o.type = 'family_centre' and o.lat is not null
  `);
  // Partners lending rooms: parishes, libraries, family education centres (one room each).
  await db.execute(sql`
    insert into rooms (organization_id, name, street, postal_code, city, lat, lng, capacity, equipment, accessibility,
      usage_rules, fee_model, fee_cents_per_hour, bookable_hours, buffer_minutes)
    select o.id, 'Saal', o.street, o.postal_code, o.city, o.lat, o.lng, (15 + floor(random() * 50))::int,
      '{kitchen,projector,wifi}'::text[], '{step_free}'::text[], 'Schlüssel im Büro.', 'per_hour', 1000,
      '[{"day":1,"from":"09:00","to":"21:00"},{"day":2,"from":"09:00","to":"21:00"},{"day":3,"from":"09:00","to":"21:00"},
        {"day":4,"from":"09:00","to":"21:00"},{"day":5,"from":"09:00","to":"21:00"}]'::jsonb, 30
    from organizations o
    where o.type = 'partner' and o.lat is not null and exists (
      select 1 from organization_kinds ok join partner_kinds k on k.id = ok.kind_id
      where ok.organization_id = o.id and k.key in ('parish', 'library', 'family_education'))
  `);
  const [rooms] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from rooms`);
  progress(`rooms: ${rooms?.n ?? 0}`);
  // Each room gets 1–2 weekly slots (weekday 1–5, 14:00 or 16:00 or 18:00 start, 1.5 h, buffer ≤ 30 min
  // keeps them apart), booked every week in [-weeks/2, weeks/2); a few are requests or cancelled.
  await db.execute(sql`
    insert into room_bookings (room_id, organization_id, status, starts_at, ends_at, blocked_until, title, series_id)
    select s.room_id, s.organization_id,
      (case when w.week > 0 and random() < 0.03 then 'requested' when random() < 0.02 then 'cancelled' else 'confirmed' end)::room_booking_status,
      t.starts_at, t.starts_at + interval '90 minutes',
      t.starts_at + interval '90 minutes' + make_interval(mins => s.buffer_minutes), s.title, s.series_id
    from (
      select r.id as room_id, r.organization_id, r.buffer_minutes, gen_random_uuid() as series_id,
        1 + (slot.i + floor(random() * 5)::int) % 5 as weekday, 14 + 2 * slot.i as hour,
        (array['Elterncafé', 'Krabbelgruppe', 'Elternkurs', 'Sprechstunde', 'Eltern-Kind-Turnen'])[1 + floor(random() * 5)::int] as title
      from rooms r cross join lateral generate_series(0, floor(random() * 2)::int) as slot(i)
    ) s
    cross join generate_series(${-Math.floor(weeks / 2)}::int, ${Math.ceil(weeks / 2) - 1}::int) as w(week)
    cross join lateral (
      select ((date_trunc('week', now() at time zone 'Europe/Berlin')::date + w.week * 7 + s.weekday - 1)
        + make_interval(hours => s.hour)) at time zone 'Europe/Berlin' as starts_at
    ) t
  `);
  await db.execute(sql`analyze rooms`);
  await db.execute(sql`analyze room_bookings`);
  const [bookings] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from room_bookings`);
  progress(`room bookings: ${bookings?.n ?? 0}`);
}
