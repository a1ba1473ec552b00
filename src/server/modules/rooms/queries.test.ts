import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { availabilitySql } from './availability';

// The availability search is a hot query: its generated SQL is a committed snapshot, so a change shows in review.
describe('room availability SQL', () => {
  it('2 km, capacity, equipment, step-free, Tuesdays 15–17 for 2 weeks, scoped', () => {
    const query = availabilitySql({
      origin: { lat: 51.5, lng: 7.45 },
      radiusKm: 2,
      minCapacity: 10,
      equipment: ['mats'],
      accessible: true,
      weekday: 2,
      startTime: '15:00',
      endTime: '17:00',
      dates: ['2026-12-01', '2026-12-08'],
      starts: [new Date('2026-12-01T14:00:00Z'), new Date('2026-12-08T14:00:00Z')],
      ends: [new Date('2026-12-01T16:00:00Z'), new Date('2026-12-08T16:00:00Z')],
      scope: {
        municipalityIds: ['00000000-0000-4000-8000-000000000001'],
        organizationIds: ['00000000-0000-4000-8000-000000000002'],
      },
      actorOrganizationIds: ['00000000-0000-4000-8000-000000000002'],
      limit: 30,
    });
    expect(new PgDialect().sqlToQuery(query)).toMatchSnapshot();
  });
});
