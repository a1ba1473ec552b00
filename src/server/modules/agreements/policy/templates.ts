import { eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { AppError } from '../../../http/errors';
import { type Actor, allow, makeLoader, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { organizations } from '../../accounts/schema';
import { agreementTemplates } from '../schema';
import { type TemplateRef, templateRules } from './rules';

/** Access to agreement templates (decision 013): the loader, the list scope and the permissions. */

type TemplateRow = typeof agreementTemplates.$inferSelect;

/** Each owner's facilities (organisations whose Träger it is), for the references of many templates at once. */
async function facilitiesOf(db: Executor, ownerIds: string[]): Promise<Map<string, string[]>> {
  const wanted = [...new Set(ownerIds)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, providerId: organizations.providerId })
    .from(organizations)
    .where(inArray(organizations.providerId, wanted));
  const byOwner = new Map<string, string[]>();
  for (const { id, providerId } of rows) {
    if (providerId) byOwner.set(providerId, [...(byOwner.get(providerId) ?? []), id]);
  }
  return byOwner;
}

async function refOfOwner(db: Executor, ownerOrganizationId: string | null): Promise<TemplateRef> {
  if (ownerOrganizationId === null) return { ownerOrganizationId, ownerFacilityIds: [] };
  const facilities = await facilitiesOf(db, [ownerOrganizationId]);
  return { ownerOrganizationId, ownerFacilityIds: facilities.get(ownerOrganizationId) ?? [] };
}

/** The references of many templates in one query. */
export async function templateRefs(db: Executor, rows: TemplateRow[]): Promise<TemplateRef[]> {
  const facilities = await facilitiesOf(
    db,
    rows.flatMap((r) => (r.ownerOrganizationId ? [r.ownerOrganizationId] : [])),
  );
  return rows.map((r) => ({
    ownerOrganizationId: r.ownerOrganizationId,
    ownerFacilityIds: r.ownerOrganizationId ? (facilities.get(r.ownerOrganizationId) ?? []) : [],
  }));
}

/** 404 for who may not see the template, 403 without `action`, 409 when `version` is stale. */
export const loadTemplate = makeLoader({
  rules: templateRules,
  visible: templateRules.read,
  find: async (db: Executor, id: string, lock: boolean) => {
    const query = db.select().from(agreementTemplates).where(eq(agreementTemplates.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },
  refOf: (db, row) => refOfOwner(db, row.ownerOrganizationId),
  versionOf: (row) => row.version,
});

/** The organisations whose templates the actor uses: their own, and the Träger of their facilities. */
function ownersFor(actor: Actor): SQL {
  const own = actor.memberships.map((m) => m.organizationId);
  if (own.length === 0) return sql`false`;
  return sql`(${inArray(agreementTemplates.ownerOrganizationId, own)} or ${agreementTemplates.ownerOrganizationId} in
    (select ${organizations.providerId} from ${organizations} where ${inArray(organizations.id, own)}))`;
}

/** Which templates the actor sees: the instance-wide ones and those of the Träger they belong to. */
export function templateScope(ctx: ServiceContext): SQL {
  const actor = signedIn(ctx);
  if (actor.isInstanceAdmin) return sql`true`;
  return or(isNull(agreementTemplates.ownerOrganizationId), ownersFor(actor)) ?? sql`false`;
}

export function templatePermissions(actor: Actor | null, ref: TemplateRef) {
  return { edit: actor !== null && templateRules.edit(actor, ref) };
}

/** 403 unless the actor may keep templates for the owner (instance-wide: instance admins only). */
export async function allowTemplateCreation(ctx: ServiceContext, ownerOrganizationId: string | null) {
  allow(ctx, templateRules.edit, await refOfOwner(ctx.db, ownerOrganizationId));
}

/**
 * The organisations the actor may keep own templates for: those they lead (or administer) and their Träger.
 * The candidates come from the actor's memberships; the rule decides each.
 */
export async function templateOwnerIds(db: Executor, actor: Actor): Promise<string[]> {
  const own = actor.memberships.map((m) => m.organizationId);
  if (own.length === 0) return [];
  const rows = await db
    .select({ providerId: organizations.providerId })
    .from(organizations)
    .where(inArray(organizations.id, own));
  const candidates = [...new Set([...own, ...rows.flatMap((r) => (r.providerId ? [r.providerId] : []))])];
  const refs = await facilitiesOf(db, candidates);
  return candidates.filter((id) =>
    templateRules.edit(
      { ...actor, isInstanceAdmin: false },
      { ownerOrganizationId: id, ownerFacilityIds: refs.get(id) ?? [] },
    ),
  );
}

/**
 * A template the actor may start an agreement from: one they see, or one of a party's Träger. Otherwise it is
 * a wrong field of the request (422), as for an unknown id.
 */
export async function usableTemplate(
  ctx: ServiceContext,
  id: string,
  partyOrganizationIds: string[],
): Promise<TemplateRow> {
  const actor = signedIn(ctx);
  const [row] = await ctx.db.select().from(agreementTemplates).where(eq(agreementTemplates.id, id));
  const usable =
    row &&
    ((row.ownerOrganizationId !== null && partyOrganizationIds.includes(row.ownerOrganizationId)) ||
      templateRules.read(actor, await refOfOwner(ctx.db, row.ownerOrganizationId)));
  if (!row || !usable) {
    throw new AppError('validation', {
      errors: [{ path: 'templateId', message: 'validation.agreementUnknownTemplate' }],
    });
  }
  return row;
}
