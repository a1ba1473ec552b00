import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementTemplates } from './schema';
import { builtInTemplates } from './template-texts';

/** Whether an instance-wide agreement template has this key (cooperation models suggest templates by key). */
export async function instanceTemplateKeyExists(db: Executor, key: string): Promise<boolean> {
  // The built-in ones are inserted on first use of the templates (templates.ts): known before that.
  if (builtInTemplates.some((t) => t.key === key)) return true;
  const rows = await db
    .select({ id: agreementTemplates.id })
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.key, key), isNull(agreementTemplates.ownerOrganizationId)));
  return rows.length > 0;
}
