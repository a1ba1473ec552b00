import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { mergeSections } from './lifecycle';
import {
  allowTemplateCreation,
  loadTemplate,
  templateOwnerIds,
  templatePermissions,
  templateRefs,
  templateScope,
  usableTemplate,
} from './policy/templates';
import { organizationNames } from './repo';
import { agreementTemplates } from './schema';
import type { createTemplateSchema, updateTemplateSchema } from './schemas';
import { builtInTemplates } from './template-texts';

type TemplateRow = typeof agreementTemplates.$inferSelect;

/** Per database handle: the built-in templates are inserted once, not on every read. */
const seeded = new WeakMap<object, Promise<void>>();

/**
 * Inserts the built-in templates once per database (handle) and process; later edits by instance admins are
 * kept (conflicts are ignored). A fresh database, e.g. in a test, is a new handle and is seeded anew; a failed
 * attempt is forgotten so the next request retries. (A transaction is its own key: it is seeded within it.)
 */
export function ensureBuiltInTemplates(db: Executor): Promise<void> {
  let done = seeded.get(db);
  if (!done) {
    done = db
      .insert(agreementTemplates)
      .values(builtInTemplates.map((t) => ({ ...t, builtIn: true, ownerOrganizationId: null })))
      .onConflictDoNothing()
      .then(() => undefined);
    done.catch(() => seeded.delete(db));
    seeded.set(db, done);
  }
  return done;
}

async function present(ctx: ServiceContext, rows: TemplateRow[]) {
  const names = await organizationNames(
    ctx.db,
    rows.flatMap((r) => (r.ownerOrganizationId ? [r.ownerOrganizationId] : [])),
  );
  const refs = await templateRefs(ctx.db, rows);
  return rows.map((r, i) => ({
    id: r.id,
    key: r.key,
    type: r.type,
    title: r.title,
    description: r.description,
    owner: r.ownerOrganizationId
      ? { id: r.ownerOrganizationId, name: names.get(r.ownerOrganizationId) ?? '' }
      : null,
    builtIn: r.builtIn,
    sections: mergeSections(r.sections),
    services: r.services,
    version: r.version,
    permissions: templatePermissions(
      ctx.actor,
      refs[i] ?? { ownerOrganizationId: null, ownerFacilityIds: [] },
    ),
  }));
}

async function presentOne(ctx: ServiceContext, row: TemplateRow) {
  const [presented] = await present(ctx, [row]);
  if (!presented) throw new AppError('internal');
  return presented;
}

/** The organisations the actor may keep own templates for (lead/admin): Träger first, then facilities. */
async function ownerChoices(ctx: ServiceContext) {
  if (!ctx.actor) return [];
  const ids = await templateOwnerIds(ctx.db, ctx.actor);
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select({ id: organizations.id, name: organizations.name, type: organizations.type })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  const rank = (type: string) => (type === 'provider' ? 0 : 1);
  return rows
    .sort((a, b) => rank(a.type) - rank(b.type) || a.name.localeCompare(b.name, 'de'))
    .map(({ id, name }) => ({ id, name }));
}

export async function listTemplates(ctx: ServiceContext, query: { owner?: string | undefined }) {
  const visible = templateScope(ctx);
  await ensureBuiltInTemplates(ctx.db);
  const rows = await ctx.db
    .select()
    .from(agreementTemplates)
    .where(and(visible, query.owner ? eq(agreementTemplates.ownerOrganizationId, query.owner) : undefined))
    .orderBy(asc(agreementTemplates.ownerOrganizationId), asc(agreementTemplates.title));
  return { items: await present(ctx, rows), owners: await ownerChoices(ctx) };
}

/** One template the actor may see (404 otherwise, as for agreements). */
export async function getTemplate(ctx: ServiceContext, id: string) {
  await ensureBuiltInTemplates(ctx.db);
  const { row } = await loadTemplate(ctx, id, 'read');
  return presentOne(ctx, row);
}

/** A template the actor may start from: one they see, or one of the parties' Träger (422 otherwise). */
export async function findUsableTemplate(ctx: ServiceContext, id: string, partyOrganizationIds: string[]) {
  await ensureBuiltInTemplates(ctx.db);
  return usableTemplate(ctx, id, partyOrganizationIds);
}

export async function createTemplate(ctx: ServiceContext, input: z.infer<typeof createTemplateSchema>) {
  await allowTemplateCreation(ctx, input.ownerOrganizationId ?? null);
  const base = input.copyOf ? await findUsableTemplate(ctx, input.copyOf, []) : undefined;
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(agreementTemplates)
      .values({
        key: `${input.type}-${Date.now().toString(36)}`,
        type: input.type,
        title: input.title,
        description: input.description,
        ownerOrganizationId: input.ownerOrganizationId ?? null,
        sections: mergeSections(base?.sections ?? {}, input.sections),
        services: input.services ?? base?.services ?? [],
      })
      .returning();
    if (!inserted) throw new AppError('internal');
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: inserted.ownerOrganizationId,
      entityType: 'agreement_template',
      entityId: inserted.id,
      action: 'create',
      after: inserted,
    });
    return inserted;
  });
  return presentOne(ctx, row);
}

export async function updateTemplate(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateTemplateSchema>,
) {
  const row = await ctx.db.transaction(async (tx) => {
    // Inside the transaction: on PGlite a second connection would wait for this one forever.
    const { row: before } = await loadTemplate(ctx, id, 'edit', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const [after] = await tx
      .update(agreementTemplates)
      .set({
        ...(input.title && { title: input.title }),
        ...(input.description !== undefined && { description: input.description }),
        sections: mergeSections(before.sections, input.sections),
        ...(input.services && { services: input.services }),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(agreementTemplates.id, id))
      .returning();
    if (!after) throw new AppError('internal');
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: before.ownerOrganizationId,
      entityType: 'agreement_template',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
  return presentOne(ctx, row);
}
