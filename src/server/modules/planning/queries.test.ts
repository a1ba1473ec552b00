import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { coverageStatements } from './coverage';
import { stateStatements } from './state-aggregates';

// The planning aggregates are hot queries (design.md §5): their generated SQL is a committed snapshot, so a
// change shows in review (and bench/planning.ts measures the same statements).
const dialect = new PgDialect();
const now = new Date('2026-12-07T10:00:00Z');

describe('planning aggregates SQL', () => {
  it('the dashboard of one municipality, per figure group', () => {
    const statements = coverageStatements('00000000-0000-4000-8000-000000000001', 2026, now);
    const rendered = Object.fromEntries(
      Object.entries(statements).map(([name, statement]) => [name, dialect.sqlToQuery(statement)]),
    );
    expect(rendered).toMatchSnapshot();
  });

  it('the state-wide aggregates', () => {
    const statements = stateStatements('NW', 2025, now);
    const rendered = Object.fromEntries(
      Object.entries(statements).map(([name, statement]) => [name, dialect.sqlToQuery(statement)]),
    );
    expect(rendered).toMatchSnapshot();
  });
});
