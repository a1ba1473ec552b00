import { asc, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, sqlState } from '../../http/errors';
import { translate } from '../../http/i18n';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { partnerKinds } from '../directory/schema';
import { type CatalogueFormat, formatOf, readCatalogueFile } from './catalogue-files';
import type { editionPreviewSchema, importEditionSchema } from './catalogue-schemas';
import { type CatalogueProblem, type EditionInput, validateEdition } from './catalogue-validate';
import { currentEditionId, type LoadedEdition, loadEdition } from './edition-read';
import { catalogueAccess, cataloguePermissions } from './policy/catalogue';
import { sealAreas, sealCriteria, sealEditions } from './schema';

/**
 * The catalogue's editions (decision 017): read by everyone signed in; imported (JSON or CSV, checked as a
 * whole, written in one transaction or not at all) and made current by instance admins. An edition is never
 * edited after import, so a cycle that uses it keeps meaning the same criteria.
 */

type ImportInput = z.infer<typeof importEditionSchema>;

const notFound = () => new AppError('not_found', { detail: 'seal.catalogue.editionNotFound' });

export async function listEditions(ctx: ServiceContext) {
  const actor = catalogueAccess(ctx, 'read');
  const rows = await ctx.db
    .select({
      id: sealEditions.id,
      key: sealEditions.key,
      title: sealEditions.title,
      current: sealEditions.current,
      builtIn: sealEditions.builtIn,
      source: sealEditions.source,
      importedAt: sealEditions.importedAt,
      criteria: count(sealCriteria.code),
    })
    .from(sealEditions)
    .leftJoin(sealCriteria, eq(sealCriteria.editionId, sealEditions.id))
    .groupBy(sealEditions.id)
    .orderBy(desc(sealEditions.current), desc(sealEditions.importedAt), asc(sealEditions.key));
  return {
    editions: rows.map((r) => ({ ...r, importedAt: r.importedAt.toISOString() })),
    permissions: cataloguePermissions(actor),
  };
}

export async function getEdition(ctx: ServiceContext, id: string) {
  catalogueAccess(ctx, 'read');
  const loaded = await loadEdition(ctx.db, id);
  if (!loaded) throw notFound();
  return editionAnswer(loaded);
}

export async function getCurrentEdition(ctx: ServiceContext) {
  catalogueAccess(ctx, 'read');
  const id = await currentEditionId(ctx.db);
  const loaded = id ? await loadEdition(ctx.db, id) : undefined;
  if (!loaded) throw new AppError('not_found', { detail: 'seal.catalogue.noCurrent' });
  return editionAnswer(loaded);
}

function editionAnswer({ edition, areas, criteria }: LoadedEdition) {
  return {
    id: edition.id,
    key: edition.key,
    title: edition.title,
    current: edition.current,
    builtIn: edition.builtIn,
    importedAt: edition.importedAt.toISOString(),
    areas: areas.map(({ editionId: _, ...area }) => area),
    criteria: criteria.map(({ editionId: _, position: __, ...criterion }) => criterion),
  };
}

/** Reads and checks the file: the clean edition or every problem with its line. */
async function checked(db: Executor, input: ImportInput) {
  const format: CatalogueFormat = formatOf(input.content, input.fileName, input.format);
  const read = readCatalogueFile(input.content, format);
  const draft = {
    ...read.draft,
    key: input.key?.trim() || read.draft.key,
    title:
      input.title?.trim() || read.draft.title || (input.key?.trim() ? `Ausgabe ${input.key.trim()}` : ''),
  };
  if (read.problems.length > 0) return { format, edition: null, problems: read.problems };
  const [kinds, keys] = await Promise.all([
    db
      .select({ key: partnerKinds.key, labelDe: partnerKinds.labelDe, labelEn: partnerKinds.labelEn })
      .from(partnerKinds),
    db.select({ key: sealEditions.key }).from(sealEditions),
  ]);
  const result = validateEdition(
    draft,
    kinds,
    keys.map((k) => k.key),
  );
  return { format, ...result };
}

/** The dry run: what the import would write, or the problems; writes nothing. */
export async function previewEdition(
  ctx: ServiceContext,
  input: ImportInput,
): Promise<z.infer<typeof editionPreviewSchema>> {
  catalogueAccess(ctx, 'importEdition');
  const { format, edition, problems } = await checked(ctx.db, input);
  return {
    valid: edition !== null,
    format,
    edition,
    problems: problems.map((p) => ({ line: p.line, message: translate(ctx.locale, p.message, p.params) })),
  };
}

/** Imports an edition (not current yet): 400 with every problem by line, and nothing written, if any. */
export async function importEdition(ctx: ServiceContext, input: ImportInput) {
  const actor = catalogueAccess(ctx, 'importEdition');
  const { edition, problems } = await checked(ctx.db, input);
  if (!edition) throw rejected(problems);
  const source = input.fileName.trim() || `${edition.key}.${formatOf(input.content, '', input.format)}`;
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const written = await write(tx, edition, source, actor.userId);
      await recordAudit(tx, {
        actor,
        organizationId: null,
        entityType: 'seal_edition',
        entityId: written,
        action: 'import',
        after: { key: edition.key, title: edition.title, source, criteria: edition.criteria.length },
      });
      return written;
    });
    return getEdition(ctx, id);
  } catch (error) {
    // Two admins importing the same key at once: the second finds it taken, like a checked file would.
    if (sqlState(error) === '23505') {
      throw rejected([{ line: null, message: 'seal.catalogue.keyTaken', params: { key: edition.key } }]);
    }
    throw error;
  }
}

async function write(tx: Executor, edition: EditionInput, source: string, userId: string) {
  const [row] = await tx
    .insert(sealEditions)
    .values({ key: edition.key, title: edition.title, source, importedBy: userId })
    .returning({ id: sealEditions.id });
  const editionId = row?.id as string;
  await tx.insert(sealAreas).values(edition.areas.map((a) => ({ ...a, editionId })));
  await tx
    .insert(sealCriteria)
    .values(edition.criteria.map((c, i) => ({ ...c, editionId, position: i + 1 })));
  return editionId;
}

/** Problems as the 400's field errors (path `line.N`, or `key`/`title`), the lines named in the detail. */
function rejected(problems: CatalogueProblem[]): AppError {
  const shown = problems.slice(0, 200);
  const lines = [...new Set(shown.flatMap((p) => (p.line === null ? [] : [p.line])))];
  return new AppError('bad_request', {
    detail: 'seal.catalogue.invalid',
    params: {
      lines: lines.length === 0 ? '–' : lines.slice(0, 20).join(', ') + (lines.length > 20 ? ', …' : ''),
    },
    errors: shown.map((p) => ({
      path: p.line === null ? pathOf(p) : `line.${p.line}`,
      message: p.message,
      params: p.params,
    })),
  });
}

const pathOf = (p: CatalogueProblem) =>
  p.message === 'seal.catalogue.noTitle'
    ? 'title'
    : p.message === 'seal.catalogue.noCriteria'
      ? 'content'
      : 'key';

/** Makes an edition the current one (new cycles and subjects without a cycle use it); one transaction. */
export async function makeCurrent(ctx: ServiceContext, id: string) {
  const actor = catalogueAccess(ctx, 'importEdition');
  const loaded = await loadEdition(ctx.db, id);
  if (!loaded) throw notFound();
  if (!loaded.edition.current) {
    const before = await currentEditionId(ctx.db);
    await ctx.db.transaction(async (tx) => {
      // The partial unique index allows one current edition: clear the old one first.
      await tx.update(sealEditions).set({ current: false }).where(eq(sealEditions.current, true));
      await tx.update(sealEditions).set({ current: true }).where(eq(sealEditions.id, id));
      await recordAudit(tx, {
        actor,
        organizationId: null,
        entityType: 'seal_edition',
        entityId: id,
        action: 'make_current',
        before: { current: before ?? null },
        after: { current: id },
      });
    });
  }
  return getEdition(ctx, id);
}
