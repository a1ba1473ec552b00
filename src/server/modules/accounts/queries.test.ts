import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client';
import { encodeCursor } from '../../http/pagination';
import { openTestDatabase } from '../../test/build-app';
import { organizationListQuery } from './repo';

// Hot queries keep their generated SQL in a committed snapshot, so a change to them shows in review
// (bench/sql/organizations-list.sql replays the unfiltered one through pgbench).
let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('organisation list SQL', () => {
  it('first page, no filter', () => {
    expect(organizationListQuery(database.db, { limit: 50 }).toSQL()).toMatchSnapshot();
  });

  it('every filter and a cursor', () => {
    const query = organizationListQuery(database.db, {
      limit: 20,
      type: 'partner',
      municipalityId: '00000000-0000-4000-8000-000000000001',
      districtId: '00000000-0000-4000-8000-000000000002',
      q: 'Beratung',
      cursor: encodeCursor(['Erziehungsberatungsstelle', '00000000-0000-4000-8000-000000000003']),
    });
    expect(query.toSQL()).toMatchSnapshot();
  });
});
