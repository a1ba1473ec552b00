import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementTemplates } from './schema';

/** Whether an instance-wide agreement template has this key (cooperation models suggest templates by key). */
export async function instanceTemplateKeyExists(db: Executor, key: string): Promise<boolean> {
  const rows = await db
    .select({ id: agreementTemplates.id })
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.key, key), isNull(agreementTemplates.ownerOrganizationId)));
  return rows.length > 0;
}
