import type { ServiceContext } from '../../service-context';
import { coverageOf } from './coverage';
import { planningAccess } from './policy/municipality';

/**
 * GET /planning/coverage: the municipality's coverage per district for a year and, for trends, the year
 * before (the planner's dashboard). Both years read the same statements.
 */
export async function getCoverage(ctx: ServiceContext, query: { municipalityId: string; year: number }) {
  await planningAccess(ctx, query.municipalityId, 'read');
  // Side by side: each year is one transaction on its own connection (PGlite runs them in turn).
  const [current, previous] = await Promise.all([
    coverageOf(ctx.db, query.municipalityId, query.year),
    coverageOf(ctx.db, query.municipalityId, query.year - 1),
  ]);
  const strip = ({ municipalityId: _m, priorityKinds: _k, ...year }: typeof current) => year;
  return {
    municipalityId: query.municipalityId,
    priorityKinds: current.priorityKinds,
    current: strip(current),
    previous: strip(previous),
  };
}
