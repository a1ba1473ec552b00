import { type SQL, sql } from 'drizzle-orm';

/**
 * What planning may know of rooms (decisions 014, 016): per municipality and district of the owning
 * organisation, the rooms in use now, their places, bookable and booked hours in a period. Figures only.
 *
 * Rows (municipality_id, district_id, rooms, places, bookable_hours, booked_hours). Bookable hours are the
 * weekly windows times how often each weekday occurs in the period (Berlin wall time; closures are not
 * subtracted, unlike the room's own monthly utilisation); booked hours are confirmed bookings within it.
 */
export function roomUseByDistrictSql(inScope: (municipalityColumn: SQL) => SQL, from: Date, to: Date): SQL {
  const f = from.toISOString();
  const t = to.toISOString();
  return sql`with days as (
      select extract(isodow from d)::int as day, count(*)::int as times
        from generate_series((${f}::timestamptz at time zone 'Europe/Berlin')::date,
                             (${t}::timestamptz at time zone 'Europe/Berlin')::date - 1, interval '1 day') d
       group by 1
    ),
    room_figures as (
      select org.municipality_id, org.district_id, r.capacity,
             coalesce((select sum(extract(epoch from (w->>'to')::interval - (w->>'from')::interval) / 3600 * days.times)
                         from jsonb_array_elements(r.bookable_hours) w
                         join days on days.day = (w->>'day')::int), 0) as bookable,
             coalesce((select sum(extract(epoch from least(b.ends_at, ${t}::timestamptz)
                                               - greatest(b.starts_at, ${f}::timestamptz)) / 3600)
                         from room_bookings b
                        where b.room_id = r.id and b.status = 'confirmed'
                          and b.starts_at < ${t}::timestamptz and b.ends_at > ${f}::timestamptz
                          -- a booking lasts at most 24 h: bounds the index range on (room_id, starts_at)
                          and b.starts_at > ${f}::timestamptz - interval '1 day'), 0) as booked
        from rooms r
        join organizations org on org.id = r.organization_id
       where ${inScope(sql`org.municipality_id`)}
         and r.removed_at is null
    )
    select municipality_id, district_id, count(*)::int as rooms, sum(capacity)::int as places,
           sum(bookable)::float8 as bookable_hours, sum(booked)::float8 as booked_hours
      from room_figures
     group by municipality_id, district_id`;
}
