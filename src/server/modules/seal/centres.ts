import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { subjectListScope } from './policy/subject';

/** The centres and Verbünde a person reads (GET /seal/centres): the choice of subject on /guetesiegel. */

export const centreListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      type: z.enum(['family_centre', 'network']),
      /** The Verbund a centre belongs to. */
      network: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    }),
  ),
});

/** Instance admins read every subject: the list stops here (they open any other by its id). */
const LIMIT = 1000;

export async function listCentres(ctx: ServiceContext): Promise<z.infer<typeof centreListSchema>> {
  const { scope } = subjectListScope(ctx);
  const network = alias(organizations, 'network');
  const rows = await ctx.db
    .select({
      id: organizations.id,
      name: organizations.name,
      type: organizations.type,
      networkId: network.id,
      networkName: network.name,
    })
    .from(organizations)
    .leftJoin(network, eq(network.id, organizations.networkId))
    .where(scope)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(LIMIT);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type as 'family_centre' | 'network',
      network: r.networkId ? { id: r.networkId, name: r.networkName ?? '' } : null,
    })),
  };
}
