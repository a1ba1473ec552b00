import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { districts } from '../accounts/schema';
import { districtNeedFigures } from './schema';

/**
 * The need side of planning for the other parts (coverage, gaps, report, map): one row per district of
 * the municipality, with that year's public figures or nulls where none were entered. Access is the
 * caller's business (planningAccess); this only reads.
 */
export interface DistrictNeedFigures {
  districtId: string;
  districtName: string;
  year: number;
  /** Whether any figures exist for the district and year (false: every figure below is null). */
  recorded: boolean;
  childrenUnder3: number | null;
  children3To6: number | null;
  /** Percent of the district's families receiving SGB II benefits. */
  sgb2SharePercent: number | null;
  singleParentHouseholds: number | null;
  /** Percent of the district's families with a migration background. */
  migrationSharePercent: number | null;
  source: string;
  /** For optimistic writes: 0 when nothing is recorded yet. */
  version: number;
}

/** The figure keys (numbers) of a DistrictNeedFigures row, e.g. for a map's colour choice. */
export const needFigureKeys = [
  'childrenUnder3',
  'children3To6',
  'sgb2SharePercent',
  'singleParentHouseholds',
  'migrationSharePercent',
] as const;
export type NeedFigureKey = (typeof needFigureKeys)[number];

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/** Every district of the municipality (by name) with its need figures of `year` — one statement. */
export async function needFiguresOf(
  db: Executor,
  municipalityId: string,
  year: number,
): Promise<DistrictNeedFigures[]> {
  const rows = await db
    .select({
      districtId: districts.id,
      districtName: districts.name,
      figuresYear: districtNeedFigures.year,
      childrenUnder3: districtNeedFigures.childrenUnder3,
      children3To6: districtNeedFigures.children3To6,
      sgb2SharePercent: districtNeedFigures.sgb2SharePercent,
      singleParentHouseholds: districtNeedFigures.singleParentHouseholds,
      migrationSharePercent: districtNeedFigures.migrationSharePercent,
      source: districtNeedFigures.source,
      version: districtNeedFigures.version,
    })
    .from(districts)
    .leftJoin(
      districtNeedFigures,
      and(eq(districtNeedFigures.districtId, districts.id), eq(districtNeedFigures.year, year)),
    )
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(asc(districts.name));
  return rows.map((r) => ({
    districtId: r.districtId,
    districtName: r.districtName,
    year,
    recorded: r.figuresYear !== null,
    childrenUnder3: r.childrenUnder3,
    children3To6: r.children3To6,
    sgb2SharePercent: numberOrNull(r.sgb2SharePercent),
    singleParentHouseholds: r.singleParentHouseholds,
    migrationSharePercent: numberOrNull(r.migrationSharePercent),
    source: r.source ?? '',
    version: r.version ?? 0,
  }));
}
