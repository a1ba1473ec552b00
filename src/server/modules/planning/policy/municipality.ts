import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import {
  type Actor,
  isPlannerOf,
  isStateOfficeOf,
  makeLoader,
  plannedMunicipalities,
  type Rule,
  signedIn,
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { municipalities } from '../../accounts/schema';

/** What every planning rule looks at: the municipality (and its state, for a Landesjugendamt). */
export interface MunicipalityRef {
  municipalityId: string;
  state: string;
}

export type MunicipalityRow = typeof municipalities.$inferSelect;

/**
 * Planning works on a whole municipality (decision 016). Its planners (members of its Jugendamt with the
 * planner role) and instance admins read and plan; a Landesjugendamt reads only the state-wide aggregates
 * (policy/state.ts), nothing per district or organisation. Centres and partners plan nothing here: 403.
 */
export const planningRules = {
  read: (actor, m) => isPlannerOf(actor, m.municipalityId) || actor.isInstanceAdmin,
  plan: (actor, m) => isPlannerOf(actor, m.municipalityId) || actor.isInstanceAdmin,
} satisfies Record<string, Rule<MunicipalityRef>>;

export type PlanningAction = keyof typeof planningRules;

async function findMunicipality(db: Executor, id: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, id));
  return row;
}

const loadMunicipality = makeLoader({
  rules: planningRules,
  // Municipalities are public reference data: who may not plan one gets 403, not 404.
  visible: () => true,
  find: (db, id) => findMunicipality(db, id),
  refOf: (_db, row) => ({ municipalityId: row.id, state: row.state }),
  versionOf: () => 0,
});

/**
 * The one access check of every `/api/v1/planning/…` use case that takes a `municipalityId`: 401, 404 for
 * an unknown municipality, 403 for who does not plan it. Returns the actor and the municipality.
 */
export async function planningAccess(
  ctx: ServiceContext,
  municipalityId: string,
  action: PlanningAction,
): Promise<{ actor: Actor; municipality: MunicipalityRow }> {
  const { row, actor } = await loadMunicipality(ctx, municipalityId, action);
  return { actor, municipality: row };
}

/** Whether the actor reads the planning of this municipality (for links and navigation, not for access). */
export function readsPlanningOf(actor: Actor | null, ref: MunicipalityRef): boolean {
  return actor !== null && planningRules.read(actor, ref);
}

/** Rules for the state-wide aggregates: the state's Landesjugendamt and instance admins. */
export const stateRules = {
  readAggregates: (actor, s) => isStateOfficeOf(actor, s.state) || actor.isInstanceAdmin,
} satisfies Record<string, Rule<{ state: string }>>;

/** The municipalities whose planning the caller opens: all for instance admins, else the planned ones. */
export function plannableMunicipalities(ctx: ServiceContext): { all: true } | { all: false; ids: string[] } {
  const actor = signedIn(ctx);
  return actor.isInstanceAdmin ? { all: true } : { all: false, ids: plannedMunicipalities(actor) };
}
