import { eq } from 'drizzle-orm';
import { type Actor, isPlannerOf, makeLoader, type Rule } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { municipalities } from '../../accounts/schema';

/**
 * The planner's overview (issue 19 §6): per municipality each centre's cycle dates and each area's status,
 * aggregated — never documents or evidence. The municipality's planners and instance admins read it; everyone
 * else gets 403 (municipalities are public reference data), 404 for an unknown municipality.
 */
const overviewRules = {
  read: (actor, m) => actor.isInstanceAdmin || isPlannerOf(actor, m.municipalityId),
} satisfies Record<string, Rule<{ municipalityId: string }>>;

const loadMunicipality = makeLoader({
  rules: overviewRules,
  visible: () => true,
  find: async (db, id) => (await db.select().from(municipalities).where(eq(municipalities.id, id)))[0],
  refOf: (_db, row) => ({ municipalityId: row.id }),
  versionOf: () => 0,
});

export async function overviewAccess(ctx: ServiceContext, municipalityId: string) {
  const { row, actor } = await loadMunicipality(ctx, municipalityId, 'read');
  return { actor, municipality: row };
}

/** Whether the actor reads the overview of this municipality (for links, not for access). */
export function readsOverviewOf(actor: Actor | null, municipalityId: string): boolean {
  return actor !== null && overviewRules.read(actor, { municipalityId });
}
