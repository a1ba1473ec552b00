import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { organizations } from '../accounts/schema';
import { partnerRelationships } from './schema';

/**
 * What other modules may know about a centre↔partner relationship (decision 014): its two sides. The
 * cooperations module's records hang off the relationship (its id is the cooperation's id, decision 015).
 */
export interface RelationshipSides {
  id: string;
  centre: { id: string; name: string };
  partner: { id: string; name: string };
  /** The centre's municipality: the Jugendamt of this municipality plans the cooperation. */
  municipalityId: string;
}

const centre = alias(organizations, 'centre');
const partner = alias(organizations, 'partner');

/** The two sides of a relationship, or undefined when there is none with this id. */
export async function findRelationshipSides(
  db: Executor,
  id: string,
): Promise<RelationshipSides | undefined> {
  const [row] = await db
    .select({
      id: partnerRelationships.id,
      centreId: centre.id,
      centreName: centre.name,
      partnerId: partner.id,
      partnerName: partner.name,
      municipalityId: centre.municipalityId,
    })
    .from(partnerRelationships)
    .innerJoin(centre, eq(centre.id, partnerRelationships.centreId))
    .innerJoin(partner, eq(partner.id, partnerRelationships.partnerId))
    .where(eq(partnerRelationships.id, id));
  if (!row) return undefined;
  return {
    id: row.id,
    centre: { id: row.centreId, name: row.centreName },
    partner: { id: row.partnerId, name: row.partnerName },
    municipalityId: row.municipalityId,
  };
}
