import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { type Actor, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { assertVersion } from './access';
import { mergeSections } from './lifecycle';
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

/**
 * The Träger whose templates the actor uses: the organisations the actor belongs to and their Träger.
 * `managing` limits it to those where the actor is a lead or admin.
 */
async function tragerOf(db: Executor, actor: Actor, managing: boolean): Promise<string[]> {
  const own = actor.memberships
    .filter((m) => !managing || m.role === 'lead' || m.role === 'admin')
    .map((m) => m.organizationId);
  if (own.length === 0) return [];
  const rows = await db
    .select({ providerId: organizations.providerId })
    .from(organizations)
    .where(inArray(organizations.id, own));
  return [...new Set([...own, ...rows.flatMap((r) => (r.providerId ? [r.providerId] : []))])];
}

async function present(ctx: ServiceContext, rows: TemplateRow[]) {
  requireActor(ctx.actor);
  const names = await organizationNames(
    ctx.db,
    rows.flatMap((r) => (r.ownerOrganizationId ? [r.ownerOrganizationId] : [])),
  );
  const managed = new Set(await tragerOf(ctx.db, ctx.actor, true));
  return rows.map((r) => ({
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
    permissions: {
      edit:
        ctx.actor?.isInstanceAdmin === true ||
        (r.ownerOrganizationId !== null && managed.has(r.ownerOrganizationId)),
    },
  }));
}

/** Whose templates the actor sees: the instance's and those of the Träger they belong to (null: all). */
async function visibleCondition(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const trager = ctx.actor.isInstanceAdmin ? null : await tragerOf(ctx.db, ctx.actor, false);
  return trager === null
    ? undefined
    : or(
        isNull(agreementTemplates.ownerOrganizationId),
        trager.length > 0 ? inArray(agreementTemplates.ownerOrganizationId, trager) : undefined,
      );
}

/** The organisations the actor may keep own templates for (lead/admin): Träger first, then facilities. */
async function ownerChoices(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const ids = await tragerOf(ctx.db, ctx.actor, true);
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
  requireActor(ctx.actor);
  await ensureBuiltInTemplates(ctx.db);
  const rows = await ctx.db
    .select()
    .from(agreementTemplates)
    .where(
      and(
        await visibleCondition(ctx),
        query.owner ? eq(agreementTemplates.ownerOrganizationId, query.owner) : undefined,
      ),
    )
    .orderBy(asc(agreementTemplates.ownerOrganizationId), asc(agreementTemplates.title));
  return { items: await present(ctx, rows), owners: await ownerChoices(ctx) };
}

/** One template the actor may see (404 otherwise, as for agreements). */
export async function getTemplate(ctx: ServiceContext, id: string) {
  requireActor(ctx.actor);
  await ensureBuiltInTemplates(ctx.db);
  const [row] = await ctx.db
    .select()
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.id, id), await visibleCondition(ctx)));
  if (!row) throw notFound();
  const [presented] = await present(ctx, [row]);
  if (!presented) throw new AppError('internal');
  return presented;
}

/** A template the actor may start from: instance-wide, or of one of the parties' or the actor's Träger. */
export async function findUsableTemplate(ctx: ServiceContext, id: string, partyOrganizationIds: string[]) {
  requireActor(ctx.actor);
  await ensureBuiltInTemplates(ctx.db);
  const [row] = await ctx.db.select().from(agreementTemplates).where(eq(agreementTemplates.id, id));
  const usable =
    row &&
    (row.ownerOrganizationId === null ||
      partyOrganizationIds.includes(row.ownerOrganizationId) ||
      (await tragerOf(ctx.db, ctx.actor, false)).includes(row.ownerOrganizationId));
  if (!row || !usable) {
    throw new AppError('validation', {
      errors: [{ path: 'templateId', message: 'validation.agreementUnknownTemplate' }],
    });
  }
  return row;
}

async function assertMayEdit(ctx: ServiceContext, db: Executor, ownerOrganizationId: string | null) {
  requireActor(ctx.actor);
  if (ctx.actor.isInstanceAdmin) return;
  const managed = ownerOrganizationId ? await tragerOf(db, ctx.actor, true) : [];
  if (!ownerOrganizationId || !managed.includes(ownerOrganizationId)) throw new AppError('forbidden');
}

export async function createTemplate(ctx: ServiceContext, input: z.infer<typeof createTemplateSchema>) {
  await assertMayEdit(ctx, ctx.db, input.ownerOrganizationId ?? null);
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
  const [presented] = await present(ctx, [row]);
  if (!presented) throw new AppError('internal');
  return presented;
}

export async function updateTemplate(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateTemplateSchema>,
) {
  requireActor(ctx.actor);
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(agreementTemplates)
      .where(eq(agreementTemplates.id, id))
      .for('update');
    if (!before) throw notFound();
    // Inside the transaction: on PGlite a second connection would wait for this one forever.
    await assertMayEdit(ctx, tx, before.ownerOrganizationId);
    assertVersion(before.version, input.version);
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
  const [presented] = await present(ctx, [row]);
  if (!presented) throw new AppError('internal');
  return presented;
}
