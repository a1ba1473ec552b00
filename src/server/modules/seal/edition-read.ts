import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sealAreas, sealCriteria, sealEditions } from './schema';

export type EditionRow = typeof sealEditions.$inferSelect;
export type AreaRow = typeof sealAreas.$inferSelect;
export type CriterionRow = typeof sealCriteria.$inferSelect;

/** An edition with its areas (by number) and criteria (in catalogue order). */
export interface LoadedEdition {
  edition: EditionRow;
  areas: AreaRow[];
  criteria: CriterionRow[];
}

/** The edition with this id, or undefined. Three small statements: an edition has some 50 criteria. */
export async function loadEdition(db: Executor, editionId: string): Promise<LoadedEdition | undefined> {
  const [edition] = await db.select().from(sealEditions).where(eq(sealEditions.id, editionId));
  if (!edition) return undefined;
  const [areas, criteria] = await Promise.all([
    db.select().from(sealAreas).where(eq(sealAreas.editionId, editionId)).orderBy(asc(sealAreas.number)),
    db
      .select()
      .from(sealCriteria)
      .where(eq(sealCriteria.editionId, editionId))
      .orderBy(asc(sealCriteria.position)),
  ]);
  return { edition, areas, criteria };
}

/** The current edition's id (new cycles and subjects without a cycle use it); undefined if none is current. */
export async function currentEditionId(db: Executor): Promise<string | undefined> {
  const [row] = await db
    .select({ id: sealEditions.id })
    .from(sealEditions)
    .where(eq(sealEditions.current, true));
  return row?.id;
}
