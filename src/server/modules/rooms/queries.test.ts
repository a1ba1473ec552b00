import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { availabilitySql, CANDIDATE_COLUMNS } from './availability';
import { availabilityScope } from './policy/rooms';

const actor: Actor = {
  userId: '00000000-0000-4000-8000-000000000009',
  name: 'Planerin',
  email: 'p@example.org',
  isInstanceAdmin: false,
  memberships: [
    {
      id: '00000000-0000-4000-8000-000000000003',
      organizationId: '00000000-0000-4000-8000-000000000002',
      organizationName: 'FZ',
      organizationType: 'family_centre',
      municipalityId: '00000000-0000-4000-8000-000000000001',
      state: 'NW',
      role: 'staff',
    },
  ],
};
const { scope } = availabilityScope({ actor } as ServiceContext, true, CANDIDATE_COLUMNS);

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
      scope,
      actorOrganizationIds: ['00000000-0000-4000-8000-000000000002'],
      limit: 30,
    });
    expect(new PgDialect().sqlToQuery(query)).toMatchSnapshot();
  });
});
