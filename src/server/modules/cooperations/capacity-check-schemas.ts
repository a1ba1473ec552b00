import { z } from 'zod';
import { capacityWarningsField } from './capacity-warnings';

/** What a capacity check asks about: an agreement as if signed, an offering as if agreed, a "go" as if recorded. */
export const capacityCheckSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('agreement'), agreementId: z.uuid() }),
    z.object({ kind: z.literal('offering'), offeringId: z.uuid(), organizationId: z.uuid() }),
    z.object({
      kind: z.literal('assessment'),
      cooperationId: z.uuid(),
      organizationId: z.uuid(),
      hoursPerMonth: z.number().meta({ description: '0 … 744' }),
      from: z.iso.date().meta({ description: 'The decision date: hours count from its month' }),
    }),
  ])
  .meta({
    example: {
      kind: 'assessment',
      cooperationId: '5b8c3f4e-2a6d-4e1f-9c3b-7d2e1f0a9b8c',
      organizationId: '3d1f3a57-1c1e-4a53-9a4f-0f7b1c0d2e11',
      hoursPerMonth: 4,
      from: '2027-01-15',
    },
  });

export const capacityCheckResultSchema = z.object(capacityWarningsField);
