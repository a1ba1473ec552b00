/**
 * Reads what the report is made of, for a year and the year before, from the other parts of planning:
 * need figures (district-figures.ts), coverage (coverage.ts) and gaps (gaps.ts) — each of them one read
 * per figure group, none of them per district. No access check here: report-service.ts checks first.
 */
import type { Executor } from '../../db/client';
import { type Coverage, coverageOf } from './coverage';
import { type DistrictNeedFigures, needFiguresOf } from './district-figures';
import { type Gap, gapsOf } from './gaps';
import { TARGET_GROUP_DE } from './report-format';
import type { DistrictYear, ReportGap, ReportInputs } from './report-model';

/** The row of organisations without a district (coverage and gaps name it with a null id). */
const NO_DISTRICT = 'ohne Sozialraum';

type CoverageRow = Coverage['districts'][number];

function coverageFigures(row: CoverageRow): NonNullable<DistrictYear['coverage']> {
  const kind = (key: string) => row.cooperations.byPriorityKind[key]?.cooperations ?? 0;
  const utilisation = row.rooms.utilisation;
  return {
    centres: row.centres,
    partners: row.partners,
    cooperationsCounselling: kind('counselling'),
    cooperationsFamilyEducation: kind('family_education'),
    offerings: row.offerings.year.offerings,
    offeringsUnder3: row.offerings.byTargetGroup.age_0_3?.year.offerings ?? 0,
    sessions: row.offerings.year.sessions,
    roomUtilisationPercent: utilisation === null ? null : Math.round(utilisation * 1000) / 10,
  };
}

function needOf(row: DistrictNeedFigures | undefined): DistrictYear['need'] {
  if (!row?.recorded) return null;
  const { childrenUnder3, children3To6, sgb2SharePercent, singleParentHouseholds, migrationSharePercent } =
    row;
  return { childrenUnder3, children3To6, sgb2SharePercent, singleParentHouseholds, migrationSharePercent };
}

/** Every district (by name) with its need and coverage figures; "ohne Sozialraum" last when it has any. */
async function districtYears(db: Executor, municipalityId: string, year: number): Promise<DistrictYear[]> {
  const [need, coverage] = await Promise.all([
    needFiguresOf(db, municipalityId, year),
    coverageOf(db, municipalityId, year),
  ]);
  const needById = new Map(need.map((n) => [n.districtId, n]));
  const rows = coverage.districts.map((row) => ({
    districtId: row.districtId,
    districtName: row.districtName ?? NO_DISTRICT,
    need: row.districtId === null ? null : needOf(needById.get(row.districtId)),
    coverage: coverageFigures(row),
  }));
  // Organisations without a district make a row only when they count in one of the report's figures.
  return rows.filter((d) => d.districtId !== null || Object.values(d.coverage).some((v) => (v ?? 0) > 0));
}

function describeGap(gap: Gap): string {
  if (gap.type === 'no_cooperation')
    return `Keine aktive Kooperation mit ${gap.partnerKind?.labelDe ?? 'einer vorrangigen Partnerart'}`;
  const group = gap.targetGroup ? TARGET_GROUP_DE[gap.targetGroup] : 'eine Zielgruppe';
  return `Kein Angebot für ${group}`;
}

async function gapsOfYear(db: Executor, municipalityId: string, year: number): Promise<ReportGap[]> {
  const gaps = await gapsOf(db, municipalityId, { year });
  return gaps.map((gap) => ({
    key: gap.key,
    districtId: gap.district?.id ?? null,
    districtName: gap.district?.name ?? NO_DISTRICT,
    centreName: gap.centre?.name ?? null,
    description: describeGap(gap),
  }));
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
  };
}
