/**
 * Reads what the report is made of, for a year and the year before, from the other parts of planning:
 * need figures (district-figures.ts), coverage (coverage.ts) and gaps (gaps.ts). No access check here:
 * report-service.ts checks planningAccess first.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { districts } from '../accounts/schema';
import type { DistrictYear, ReportGap, ReportInputs } from './report-model';

interface DistrictRef {
  id: string;
  name: string;
}

async function districtsOf(db: Executor, municipalityId: string): Promise<DistrictRef[]> {
  return db
    .select({ id: districts.id, name: districts.name })
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(asc(districts.name));
}

async function districtYears(db: Executor, municipalityId: string, _year: number): Promise<DistrictYear[]> {
  const list = await districtsOf(db, municipalityId);
  return list.map((d) => ({ districtId: d.id, districtName: d.name, need: null, coverage: null }));
}

async function gapsOfYear(_db: Executor, _municipalityId: string, _year: number): Promise<ReportGap[]> {
  return [];
}

export async function reportInputsOf(
  db: Executor,
  municipality: { id: string; name: string },
  year: number,
  now = new Date(),
): Promise<ReportInputs> {
  const [current, previous, gapsNow, gapsBefore] = await Promise.all([
    districtYears(db, municipality.id, year),
    districtYears(db, municipality.id, year - 1),
    gapsOfYear(db, municipality.id, year),
    gapsOfYear(db, municipality.id, year - 1),
  ]);
  return {
    municipality,
    year,
    generatedAt: now,
    districts: { current, previous },
    gaps: { current: gapsNow, previous: gapsBefore },
    available: { need: false, coverage: false, gaps: false },
  };
}
