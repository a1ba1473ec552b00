import { inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, allow, isPlannerOf, plannedMunicipalities, type Rule, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { cooperationModels } from '../schema';

/**
 * Who reads and adds cooperation models (issue 17 §5): every signed-in person reads the instance-wide ones,
 * a municipality's own only its people (and instance admins); instance admins add instance-wide models,
 * planners add models for their municipality.
 */
export interface ModelRef {
  municipalityId: string | null;
}

export const modelRules = {
  read: (actor, model) =>
    model.municipalityId === null ||
    actor.isInstanceAdmin ||
    actor.memberships.some((m) => m.municipalityId === model.municipalityId),
  create: (actor, model) =>
    actor.isInstanceAdmin || (model.municipalityId !== null && isPlannerOf(actor, model.municipalityId)),
} satisfies Record<string, Rule<ModelRef>>;

/** The models a person may read, as an SQL condition. */
export function modelScope(ctx: ServiceContext): { actor: Actor; scope: SQL | undefined } {
  const actor = signedIn(ctx);
  if (actor.isInstanceAdmin) return { actor, scope: undefined };
  const own = [...new Set(actor.memberships.map((m) => m.municipalityId))];
  return {
    actor,
    scope:
      own.length > 0
        ? or(isNull(cooperationModels.municipalityId), inArray(cooperationModels.municipalityId, own))
        : (isNull(cooperationModels.municipalityId) ?? sql`true`),
  };
}

/** What the models page may offer: instance-wide models, and models for which municipalities. */
export function modelListPermissions(actor: Actor) {
  return {
    createInstanceWide: modelRules.create(actor, { municipalityId: null }),
    createForMunicipalityIds: plannedMunicipalities(actor),
  };
}

export const allowModelCreation = (ctx: ServiceContext, ref: ModelRef) => allow(ctx, modelRules.create, ref);
