import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { actingOrganization, districtsOf } from './boundaries';
import { type NeedFigureKey, needFigureKeys, needFiguresOf } from './district-figures';
import { type CsvLine, type CsvProblem, parseNeedFiguresCsv } from './need-figures-csv';
import type { importNeedFiguresSchema, saveNeedFiguresSchema } from './need-figures-schemas';
import { planningAccess } from './policy/municipality';
import { districtNeedFigures } from './schema';

type SaveInput = z.infer<typeof saveNeedFiguresSchema>;
type ImportInput = z.infer<typeof importNeedFiguresSchema>;
type Figures = Partial<Record<NeedFigureKey, number | null>>;

/** The years with any figures of the municipality, newest first (the page's year choice). */
async function recordedYears(db: Executor, municipalityId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: districtNeedFigures.year })
    .from(districtNeedFigures)
    .where(eq(districtNeedFigures.municipalityId, municipalityId))
    .orderBy(asc(districtNeedFigures.year));
  return rows.map((r) => r.year).reverse();
}

/** Every district of the municipality with its figures of `year` (nulls where none). */
export async function getNeedFigures(ctx: ServiceContext, municipalityId: string, year: number) {
  await planningAccess(ctx, municipalityId, 'read');
  const [items, years] = await Promise.all([
    needFiguresOf(ctx.db, municipalityId, year),
    recordedYears(ctx.db, municipalityId),
  ]);
  return { year, years, items };
}

/** Column values of a write: counts as integers, shares as the numeric column's text. */
function columnsOf(figures: Figures) {
  const share = (v: number | null | undefined) =>
    v === undefined ? undefined : v === null ? null : String(v);
  return {
    childrenUnder3: figures.childrenUnder3,
    children3To6: figures.children3To6,
    sgb2SharePercent: share(figures.sgb2SharePercent),
    singleParentHouseholds: figures.singleParentHouseholds,
    migrationSharePercent: share(figures.migrationSharePercent),
  };
}

const staleConflict = (district: string) =>
  new AppError('conflict', { detail: 'planning.needFigures.stale', params: { district } });

/**
 * Saves the form of one year: each district's figures replace the stored ones when the version sent is the
 * one stored (0 before the first save), else 409 and nothing is saved.
 */
export async function saveNeedFigures(ctx: ServiceContext, municipalityId: string, input: SaveInput) {
  const { actor } = await planningAccess(ctx, municipalityId, 'plan');
  const districtList = await districtsOf(ctx.db, municipalityId);
  const nameOf = new Map(districtList.map((d) => [d.id, d.name]));
  const errors: FieldError[] = [];
  input.items.forEach((item, i) => {
    if (!nameOf.has(item.districtId)) {
      errors.push({ path: `items.${i}.districtId`, message: 'planning.needFigures.unknownDistrict' });
    } else if (input.items.findIndex((other) => other.districtId === item.districtId) < i) {
      errors.push({ path: `items.${i}.districtId`, message: 'planning.needFigures.duplicateDistrict' });
    }
  });
  if (errors.length > 0) throw new AppError('validation', { errors });
  const source = input.source.trim();
  await ctx.db.transaction(async (tx) => {
    for (const item of input.items) {
      // The form replaces the year's figures: a figure not sent is unknown.
      const values = columnsOf(Object.fromEntries(needFigureKeys.map((k) => [k, item[k] ?? null])));
      const written = await tx
        .insert(districtNeedFigures)
        .values({
          districtId: item.districtId,
          year: input.year,
          municipalityId,
          ...values,
          source,
          updatedBy: actor.userId,
          version: item.version + 1,
        })
        .onConflictDoUpdate({
          target: [districtNeedFigures.districtId, districtNeedFigures.year],
          set: {
            ...values,
            source,
            updatedBy: actor.userId,
            version: item.version + 1,
            updatedAt: new Date(),
          },
          // Two first saves, or a save over an older read: the stored version decides.
          setWhere: eq(districtNeedFigures.version, item.version),
        })
        .returning({ districtId: districtNeedFigures.districtId });
      if (written.length === 0) throw staleConflict(nameOf.get(item.districtId) ?? '');
    }
    await audit(tx, actor, municipalityId, 'update', { year: input.year, source, items: input.items });
  });
  return getNeedFigures(ctx, municipalityId, input.year);
}

function audit(tx: Executor, actor: Actor, municipalityId: string, action: string, after: unknown) {
  return recordAudit(tx, {
    actor,
    organizationId: actingOrganization(actor, municipalityId),
    entityType: 'district_need_figures',
    entityId: municipalityId,
    action,
    after,
  });
}

/** CSV problems as the 400's field errors (path `line.N`), with the lines in the detail. */
function rejected(problems: CsvProblem[]): AppError {
  const sorted = [...problems].sort((a, b) => a.line - b.line).slice(0, 100);
  const lines = [...new Set(sorted.map((p) => p.line))];
  return new AppError('bad_request', {
    detail: 'planning.csv.invalid',
    params: { lines: lines.slice(0, 20).join(', ') + (lines.length > 20 ? ', …' : '') },
    errors: sorted.map((p) => ({
      path: `line.${p.line}`,
      message: p.message,
      params: { line: p.line, ...p.params },
    })),
  });
}

/** District names to ids (case and spaces ignored), unknown names and repeated district/year as problems. */
function resolveLines(lines: CsvLine[], districtList: { id: string; name: string }[]) {
  const byName = new Map(districtList.map((d) => [d.name.trim().toLocaleLowerCase('de'), d.id]));
  const seen = new Map<string, number>();
  const problems: CsvProblem[] = [];
  const resolved: (CsvLine & { districtId: string })[] = [];
  for (const line of lines) {
    const districtId = byName.get(line.district.toLocaleLowerCase('de'));
    if (!districtId) {
      problems.push({
        line: line.line,
        message: 'planning.csv.unknownDistrict',
        params: { district: line.district },
      });
      continue;
    }
    const key = `${districtId}:${line.year}`;
    const other = seen.get(key);
    if (other !== undefined) {
      problems.push({
        line: line.line,
        message: 'planning.csv.duplicate',
        params: { district: line.district, year: line.year, other },
      });
      continue;
    }
    seen.set(key, line.line);
    resolved.push({ ...line, districtId });
  }
  return { resolved, problems };
}

/**
 * Imports need figures from CSV: every line is checked first; one problem answers 400 with line-numbered
 * errors and writes nothing. Figures of columns the file lacks stay as stored.
 */
export async function importNeedFiguresCsv(ctx: ServiceContext, municipalityId: string, input: ImportInput) {
  const { actor } = await planningAccess(ctx, municipalityId, 'plan');
  const parsed = parseNeedFiguresCsv(input.csv, input.year);
  const { resolved, problems } = resolveLines(parsed.lines, await districtsOf(ctx.db, municipalityId));
  if (parsed.problems.length + problems.length > 0) throw rejected([...parsed.problems, ...problems]);
  const present = needFigureKeys.filter((k) => resolved.some((l) => k in l.figures));
  const source = input.source.trim();
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  const set: Record<string, unknown> = {
    source,
    updatedBy: actor.userId,
    updatedAt: new Date(),
    version: sql`${districtNeedFigures.version} + 1`,
  };
  for (const key of present) set[key] = excluded(districtNeedFigures[key].name);
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(districtNeedFigures)
      .values(
        resolved.map((l) => ({
          districtId: l.districtId,
          year: l.year,
          municipalityId,
          ...columnsOf(l.figures),
          source,
          updatedBy: actor.userId,
        })),
      )
      .onConflictDoUpdate({ target: [districtNeedFigures.districtId, districtNeedFigures.year], set });
    await audit(tx, actor, municipalityId, 'import', {
      source,
      lines: resolved.map(({ district, year, figures }) => ({ district, year, figures })),
    });
  });
  const years = [...new Set(resolved.map((l) => l.year))].sort((a, b) => b - a);
  return { imported: resolved.length, years, columns: present };
}
