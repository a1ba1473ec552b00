import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { districts } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import {
  type BoundaryGeometry,
  boundingBox,
  type CheckedFeature,
  checkFeatureCollection,
  type FeatureProblem,
  ringsOf,
  simplifyForWeb,
} from './geojson';
import { planningAccess } from './policy/municipality';
import { districtBoundaries } from './schema';

export interface ImportBoundariesInput {
  /** A GeoJSON FeatureCollection (WGS84), one feature per district, named like the district. */
  geojson: unknown;
  /** The property holding the district's name (default `name`). */
  nameProperty?: string | undefined;
  /** Where the planner got the file. */
  source?: string | undefined;
}

const positionsOf = (geometry: BoundaryGeometry) =>
  ringsOf(geometry).reduce((sum, ring) => sum + ring.length, 0);

export async function districtsOf(db: Executor, municipalityId: string) {
  return db
    .select({ id: districts.id, name: districts.name })
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(asc(districts.name));
}

function districtsWithoutBoundary(db: Executor, municipalityId: string) {
  return db
    .select({ id: districts.id, name: districts.name })
    .from(districts)
    .leftJoin(districtBoundaries, eq(districtBoundaries.districtId, districts.id))
    .where(and(eq(districts.municipalityId, municipalityId), isNull(districtBoundaries.districtId)))
    .orderBy(asc(districts.name));
}

/** The Jugendamt membership the planner acts through, so the import shows in that organisation's history. */
export function actingOrganization(actor: Actor, municipalityId: string): string | null {
  const membership = actor.memberships.find(
    (m) => m.organizationType === 'youth_office' && m.municipalityId === municipalityId,
  );
  return membership?.organizationId ?? null;
}

/** The district boundaries of a municipality as a FeatureCollection of the simplified web geometries. */
export async function listBoundaries(ctx: ServiceContext, municipalityId: string) {
  await planningAccess(ctx, municipalityId, 'read');
  const [rows, districtsWithout] = await Promise.all([
    ctx.db
      .select({
        districtId: districtBoundaries.districtId,
        name: districts.name,
        webGeometry: districtBoundaries.webGeometry,
        source: districtBoundaries.source,
        importedAt: districtBoundaries.importedAt,
      })
      .from(districtBoundaries)
      .innerJoin(districts, eq(districts.id, districtBoundaries.districtId))
      .where(eq(districtBoundaries.municipalityId, municipalityId))
      .orderBy(asc(districts.name)),
    districtsWithoutBoundary(ctx.db, municipalityId),
  ]);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({
      type: 'Feature' as const,
      id: r.districtId,
      properties: {
        districtId: r.districtId,
        name: r.name,
        source: r.source,
        importedAt: r.importedAt.toISOString(),
      },
      geometry: r.webGeometry as BoundaryGeometry,
    })),
    districtsWithout,
  };
}

/** Problems as the 400's field errors; the detail lists the features concerned (names, ids or numbers). */
function rejected(problems: FeatureProblem[]): AppError {
  const errors: FieldError[] = problems.map((p) => ({ path: p.path, message: p.message, params: p.params }));
  const labels = [...new Set(problems.map((p) => String(p.params.feature ?? p.path)))];
  return new AppError('bad_request', {
    detail: 'planning.boundaries.invalid',
    params: { features: labels.slice(0, 10).join(', ') + (labels.length > 10 ? ', …' : '') },
    errors,
  });
}

/** Each checked feature's district, by name (case and surrounding spaces ignored); unknown names are problems. */
function matchDistricts(
  features: CheckedFeature[],
  districtList: { id: string; name: string }[],
  municipalityName: string,
) {
  const byName = new Map(districtList.map((d) => [d.name.trim().toLocaleLowerCase('de'), d]));
  const problems: FeatureProblem[] = [];
  const matched: (CheckedFeature & { districtId: string; districtName: string })[] = [];
  for (const feature of features) {
    const district = byName.get(feature.name.toLocaleLowerCase('de'));
    if (district) matched.push({ ...feature, districtId: district.id, districtName: district.name });
    else {
      problems.push({
        path: `features.${feature.index}`,
        message: 'planning.boundaries.unknownDistrict',
        params: { feature: `„${feature.name}“`, number: feature.index + 1, municipality: municipalityName },
      });
    }
  }
  return { matched, problems };
}

/**
 * Imports the boundaries of the file's districts (others keep theirs). Every feature is checked first;
 * one problem anywhere answers 400 naming the features and writes nothing.
 */
export async function importBoundaries(
  ctx: ServiceContext,
  municipalityId: string,
  input: ImportBoundariesInput,
) {
  const { actor, municipality } = await planningAccess(ctx, municipalityId, 'plan');
  const checked = checkFeatureCollection(input.geojson, input.nameProperty ?? 'name');
  const districtList = await districtsOf(ctx.db, municipalityId);
  const { matched, problems } = matchDistricts(checked.features, districtList, municipality.name);
  const all = [...checked.problems, ...problems].sort((a, b) => a.path.localeCompare(b.path, 'en'));
  if (all.length > 0) throw rejected(all);
  const source = input.source?.trim() ?? '';
  const rows = matched.map((f) => ({
    districtId: f.districtId,
    municipalityId,
    geometry: f.geometry,
    webGeometry: simplifyForWeb(f.geometry),
    ...boundingBox(f.geometry),
    source,
    importedBy: actor.userId,
    importedAt: new Date(),
  }));
  await ctx.db.transaction(async (tx) => {
    const excluded = (column: { name: string }) => sql.raw(`excluded.${column.name}`);
    await tx
      .insert(districtBoundaries)
      .values(rows)
      .onConflictDoUpdate({
        target: districtBoundaries.districtId,
        set: Object.fromEntries(
          (
            [
              'geometry',
              'webGeometry',
              'minLat',
              'minLng',
              'maxLat',
              'maxLng',
              'source',
              'importedBy',
              'importedAt',
            ] as const
          ).map((key) => [key, excluded(districtBoundaries[key])]),
        ),
      });
    await recordAudit(tx, {
      actor,
      organizationId: actingOrganization(actor, municipalityId),
      entityType: 'district_boundaries',
      entityId: municipalityId,
      action: 'import',
      after: { source, districts: matched.map((f) => f.districtName) },
    });
  });
  return {
    imported: matched.map((f, i) => ({
      districtId: f.districtId,
      name: f.districtName,
      positions: f.positions,
      webPositions: positionsOf(rows[i]?.webGeometry as BoundaryGeometry),
    })),
    districtsWithout: await districtsWithoutBoundary(ctx.db, municipalityId),
  };
}
