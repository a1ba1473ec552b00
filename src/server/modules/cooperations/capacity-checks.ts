import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { queryRows } from '../../db/client';
import { invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { loadAgreement } from '../agreements/policy/agreements';
import { cooperationPairs } from '../directory/cooperation-pairs';
import { loadOffering } from '../offerings/policy';
import type { capacityCheckSchema } from './capacity-check-schemas';
import type { CapacitySubject } from './capacity-derivation';
import { capacityWarningsFor } from './capacity-warnings';
import { allowAssessmentCheck } from './policy/capacity';

type CapacityCheckInput = z.infer<typeof capacityCheckSchema>;

/** Whether the organisation is a side (centre or partner) of the cooperation. */
async function isSideOf(ctx: ServiceContext, cooperationId: string, organizationId: string) {
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`select pr.id from ${cooperationPairs()} pr
         where pr.id = ${cooperationId}::uuid
           and (pr.centre_id = ${organizationId}::uuid or pr.partner_id = ${organizationId}::uuid)`,
  );
  return rows.length > 0;
}

/** The subject of a check, once the caller may see it (its module's policy decides). */
async function subjectOf(ctx: ServiceContext, input: CapacityCheckInput): Promise<CapacitySubject> {
  switch (input.kind) {
    case 'agreement':
      await loadAgreement(ctx, input.agreementId, 'readMetadata');
      return input;
    case 'offering':
      await loadOffering(ctx, input.offeringId, 'readInternal');
      return input;
    case 'assessment':
      allowAssessmentCheck(ctx, input.organizationId);
      if (!(await isSideOf(ctx, input.cooperationId, input.organizationId))) {
        throw invalidField('cooperationId', 'capacity.validation.notASide');
      }
      if (!(input.hoursPerMonth >= 0 && input.hoursPerMonth <= 744)) {
        throw invalidField('hoursPerMonth', 'capacity.validation.hoursRange');
      }
      return input;
  }
}

/** The warnings an action would answer with, asked before it (the web app then asks to confirm). */
export async function checkCapacity(ctx: ServiceContext, input: CapacityCheckInput) {
  const subject = await subjectOf(ctx, input);
  return { capacityWarnings: await capacityWarningsFor(ctx.db, ctx.actor, subject) };
}
