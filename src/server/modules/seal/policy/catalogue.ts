import { type Actor, allow, permissionsFor, type Rule } from '../../../policy';
import type { ServiceContext } from '../../../service-context';

/**
 * The catalogue (decision 017) is our own paraphrase, not personal data: every signed-in person reads it
 * (centres check themselves against it, partners see what their offerings count for). Only instance admins
 * import a new edition or make one current, because every centre's self-check follows it.
 */
const catalogueRules = {
  read: () => true,
  importEdition: (actor) => actor.isInstanceAdmin,
} satisfies Record<string, Rule<null>>;

export type CatalogueAction = keyof typeof catalogueRules;

/** 401 for nobody, 403 for who may not do `action`; returns the actor. */
export function catalogueAccess(ctx: ServiceContext, action: CatalogueAction): Actor {
  return allow(ctx, catalogueRules[action], null);
}

export function cataloguePermissions(actor: Actor | null) {
  return permissionsFor(actor, { importEdition: catalogueRules.importEdition }, null);
}
