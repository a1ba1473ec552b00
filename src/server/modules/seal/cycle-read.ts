import { and, desc, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sealCycles, sealEditions } from './schema';

/** Queries of certification cycles: a subject's cycles with their edition, and the editions to choose from. */

export type CycleRecord = typeof sealCycles.$inferSelect & {
  edition: { id: string; key: string; title: string };
};

const columns = {
  cycle: sealCycles,
  edition: { id: sealEditions.id, key: sealEditions.key, title: sealEditions.title },
};

function toRecord(row: { cycle: typeof sealCycles.$inferSelect; edition: CycleRecord['edition'] }) {
  return { ...row.cycle, edition: row.edition };
}

/** The subject's cycles, newest certification first (the first is the current one). */
export async function cyclesOf(db: Executor, organizationId: string): Promise<CycleRecord[]> {
  const rows = await db
    .select(columns)
    .from(sealCycles)
    .innerJoin(sealEditions, eq(sealEditions.id, sealCycles.editionId))
    .where(eq(sealCycles.organizationId, organizationId))
    .orderBy(desc(sealCycles.certifiedOn));
  return rows.map(toRecord);
}

export async function findCycleRecord(db: Executor, id: string): Promise<CycleRecord | undefined> {
  const [row] = await db
    .select(columns)
    .from(sealCycles)
    .innerJoin(sealEditions, eq(sealEditions.id, sealCycles.editionId))
    .where(eq(sealCycles.id, id));
  return row ? toRecord(row) : undefined;
}

/** Every edition, newest import first: the cycle form offers them, the current one preselected. */
export async function editionChoices(db: Executor) {
  return db
    .select({
      id: sealEditions.id,
      key: sealEditions.key,
      title: sealEditions.title,
      current: sealEditions.current,
    })
    .from(sealEditions)
    .orderBy(desc(sealEditions.current), desc(sealEditions.importedAt));
}

export async function editionExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: sealEditions.id }).from(sealEditions).where(eq(sealEditions.id, id));
  return row !== undefined;
}

/** Whether the subject already has another cycle certified on that day (one certificate a day). */
export async function certifiedOnTaken(
  db: Executor,
  organizationId: string,
  certifiedOn: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: sealCycles.id })
    .from(sealCycles)
    .where(
      and(
        eq(sealCycles.organizationId, organizationId),
        eq(sealCycles.certifiedOn, certifiedOn),
        exceptId ? ne(sealCycles.id, exceptId) : undefined,
      ),
    );
  return row !== undefined;
}
