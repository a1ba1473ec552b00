import type { ServiceContext } from '../../service-context';
import { gapsOf } from './gaps';
import { matrixOf } from './matrix';
import { OVERLAP_RADIUS_KM, overlapsOf } from './overlaps';
import { planningAccess } from './policy/municipality';

/** The use cases of the gap list, the overlap list and the matrix: the access check, then the read. */
interface PeriodQuery {
  municipalityId: string;
  year: number;
  quarter?: number | undefined;
}

const periodOf = (q: PeriodQuery) => ({ year: q.year, quarter: q.quarter as 1 | 2 | 3 | 4 | undefined });

export async function listGaps(ctx: ServiceContext, q: PeriodQuery) {
  await planningAccess(ctx, q.municipalityId, 'read');
  const items = await gapsOf(ctx.db, q.municipalityId, periodOf(q));
  return { year: q.year, quarter: q.quarter ?? null, items };
}

export async function listOverlaps(ctx: ServiceContext, q: PeriodQuery) {
  await planningAccess(ctx, q.municipalityId, 'read');
  const items = await overlapsOf(ctx.db, q.municipalityId, periodOf(q));
  return { year: q.year, quarter: q.quarter ?? null, radiusKm: OVERLAP_RADIUS_KM, items };
}

export async function getMatrix(ctx: ServiceContext, municipalityId: string) {
  await planningAccess(ctx, municipalityId, 'read');
  return matrixOf(ctx.db, municipalityId);
}
