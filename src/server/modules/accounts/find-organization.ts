import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organizations } from './schema';

export type OrganizationRow = typeof organizations.$inferSelect;

/**
 * One organisation by id. Organisations are a reference table (decision 014): every module that needs
 * one reads it through this function, written by accounts.
 */
export async function findOrganization(db: Executor, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}
