import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { directorySearchQuery } from './search-repo';

// The search is a hot query: its generated SQL is a committed snapshot, so a change shows in review.
const render = (query: ReturnType<typeof directorySearchQuery>) => new PgDialect().sqlToQuery(query);

describe('directory search SQL', () => {
  it('text, distance, kind and relationship', () => {
    const query = directorySearchQuery({
      q: 'Beratung',
      origin: { lat: 51.5, lng: 7.45 },
      radiusKm: 10,
      kindId: '00000000-0000-4000-8000-000000000002',
      relationship: 'active',
      centreId: '00000000-0000-4000-8000-000000000001',
      staleAfterDays: 183,
      limit: 20,
      offset: 0,
    });
    expect(render(query)).toMatchSnapshot();
  });

  it('no filters', () => {
    expect(render(directorySearchQuery({ staleAfterDays: 183, limit: 50, offset: 50 }))).toMatchSnapshot();
  });
});
