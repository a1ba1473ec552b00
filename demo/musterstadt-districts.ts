import { readFileSync } from 'node:fs';
import type { Executor } from '../src/server/db/client';
import { boundingBox, checkFeatureCollection, simplifyForWeb } from '../src/server/modules/planning/geojson';
import { parseNeedFiguresCsv } from '../src/server/modules/planning/need-figures-csv';
import { districtBoundaries, districtNeedFigures } from '../src/server/modules/planning/schema';
import { fromProjectRoot } from '../src/server/paths';

const file = (name: string) => readFileSync(fromProjectRoot('demo', 'musterstadt', name), 'utf8');
const SOURCE_BOUNDARIES = 'Demo: district-boundaries.geojson';
const SOURCE_FIGURES = 'Demo: Statistikstelle Musterstadt (need-figures.csv)';

/**
 * Musterstadt's district boundaries and need figures (2025, 2026), read from the same kinds of files a
 * planner imports (demo/musterstadt/district-boundaries.geojson, need-figures.csv) and checked by the same
 * functions as the import, so the demo cannot hold what the import would refuse.
 */
export async function insertMusterstadtDistricts(
  tx: Executor,
  municipalityId: string,
  districtRows: { id: string; name: string }[],
): Promise<void> {
  const idOf = (name: string) => {
    const row = districtRows.find((d) => d.name === name);
    if (!row) throw new Error(`demo/musterstadt: no district ${name}`);
    return row.id;
  };
  const geojson = JSON.parse(file('district-boundaries.geojson'));
  const checked = checkFeatureCollection(geojson);
  const figures = parseNeedFiguresCsv(file('need-figures.csv'));
  const problems = [...checked.problems, ...figures.problems];
  if (problems.length > 0) throw new Error(`demo/musterstadt districts: ${JSON.stringify(problems)}`);
  await tx.insert(districtBoundaries).values(
    checked.features.map((f) => ({
      districtId: idOf(f.name),
      municipalityId,
      geometry: f.geometry,
      webGeometry: simplifyForWeb(f.geometry),
      ...boundingBox(f.geometry),
      source: SOURCE_BOUNDARIES,
    })),
  );
  const share = (v: number | null | undefined) => (v === undefined || v === null ? null : String(v));
  await tx.insert(districtNeedFigures).values(
    figures.lines.map((l) => ({
      districtId: idOf(l.district),
      year: l.year,
      municipalityId,
      childrenUnder3: l.figures.childrenUnder3 ?? null,
      children3To6: l.figures.children3To6 ?? null,
      sgb2SharePercent: share(l.figures.sgb2SharePercent),
      singleParentHouseholds: l.figures.singleParentHouseholds ?? null,
      migrationSharePercent: share(l.figures.migrationSharePercent),
      source: SOURCE_FIGURES,
    })),
  );
}
