import { z } from 'zod';
import { calendarDateSchema } from '../../http/time-schemas';

/**
 * Request and response shapes of the capacity pools (issue 17 §6). Hours are plain finite numbers here: a
 * negative figure or one above a month's hours is a 422 naming the field (checked in the service), not a
 * 400 of the schema, so the planner's form shows it beside the field like every other business rule.
 */

const uuidExample = (example: string) => z.uuid().meta({ example });
const hoursInput = z.number().meta({ description: 'Hours per month (0–744, one decimal)', example: 10 });

export const poolParamsSchema = z.object({ id: z.uuid() });
export const poolCentreParamsSchema = z.object({ id: z.uuid(), centreId: z.uuid() });

export const poolListQuerySchema = z.object({ municipalityId: z.uuid().optional() });

const needWeightsSchema = z
  .record(z.uuid(), z.number())
  .meta({ description: 'A need figure per district (e.g. children 0–6)', example: {} });

const poolFields = {
  title: z.string().trim().min(1, 'validation.notBlank').max(200),
  partnerId: uuidExample('5d1e2f30-4a5b-4c6d-8e7f-9a0b1c2d3e4f'),
  hoursPerMonth: hoursInput,
  validFrom: calendarDateSchema,
  validTo: calendarDateSchema,
  districtIds: z.array(z.uuid()).max(200).default([]),
  needWeights: needWeightsSchema.default({}),
};

export const createPoolSchema = z
  .object({
    /** Needed only by who plans several municipalities (or an instance admin); else the planner's own. */
    municipalityId: z.uuid().optional(),
    ...poolFields,
  })
  .meta({
    description:
      'A pool of a partner’s hours for the centres of some districts of the planner’s municipality',
    example: {
      title: 'EB Musterstadt: Kontingent Nord und Ost 2027',
      partnerId: '5d1e2f30-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      hoursPerMonth: 40,
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
      districtIds: ['1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
      needWeights: { '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d': 420 },
    },
  });
export type CreatePoolInput = z.infer<typeof createPoolSchema>;

export const updatePoolSchema = z
  .object({
    version: z.number().int().positive(),
    title: poolFields.title.optional(),
    partnerId: z.uuid().optional(),
    hoursPerMonth: hoursInput.optional(),
    validFrom: calendarDateSchema.optional(),
    validTo: calendarDateSchema.optional(),
    districtIds: z.array(z.uuid()).max(200).optional(),
    needWeights: needWeightsSchema.optional(),
  })
  .meta({
    description:
      'Change a pool (send the version you read). A change of partner, hours or period asks the partner to confirm again.',
    example: { version: 1, hoursPerMonth: 44 },
  });
export type UpdatePoolInput = z.infer<typeof updatePoolSchema>;

export const versionSchema = z
  .object({ version: z.number().int().positive() })
  .meta({ example: { version: 1 } });

export const poolRequestInputSchema = z
  .object({
    hoursPerMonth: hoursInput,
    reason: z.string().trim().min(1, 'validation.notBlank').max(4000),
  })
  .meta({
    description: 'A centre’s request for a share; the reason is read only by the planners',
    example: { hoursPerMonth: 12, reason: 'Viele Anfragen zu Trennung und Scheidung im Quartier.' },
  });
export type PoolRequestInput = z.infer<typeof poolRequestInputSchema>;

export const allocationsInputSchema = z
  .object({
    allocations: z.array(z.object({ centreId: z.uuid(), hoursPerMonth: hoursInput })).max(1000),
    version: z.number().int().positive(),
  })
  .meta({
    description: 'The whole set of allocations (replaces the previous one); the sum may not exceed the pool',
    example: {
      version: 2,
      allocations: [
        { centreId: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', hoursPerMonth: 10 },
        { centreId: '3c4d5e6f-7081-4b9c-8d1e-2f3a4b5c6d7e', hoursPerMonth: 12 },
      ],
    },
  });
export type AllocationsInput = z.infer<typeof allocationsInputSchema>;

export const suggestionQuerySchema = z.object({
  method: z.enum(['equal', 'need']).default('equal'),
  /** All eligible centres, or only those that asked for a share. */
  among: z.enum(['eligible', 'requesting']).default('eligible'),
});

const ref = z.object({ id: z.uuid(), name: z.string() });

const centreRowSchema = z.object({
  centreId: z.uuid(),
  centreName: z.string(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  /** The centre's request; `reason` only for the planners and the centre itself. */
  request: z
    .object({ hoursPerMonth: z.number(), reason: z.string().nullable(), updatedAt: z.string() })
    .nullable(),
  /** Hours allocated to the centre (null: none). */
  allocatedHours: z.number().nullable(),
});

export const poolPermissionsSchema = z.object({
  update: z.boolean(),
  allocate: z.boolean(),
  confirm: z.boolean(),
  request: z.boolean(),
  produceAgreements: z.boolean(),
});

export const poolSchema = z
  .object({
    id: z.uuid(),
    municipalityId: z.uuid(),
    title: z.string(),
    partner: ref,
    hoursPerMonth: z.number(),
    validFrom: z.string(),
    validTo: z.string(),
    /** Empty: every district of the municipality. */
    districts: z.array(ref),
    /** Only for the planners (empty for others). */
    needWeights: z.record(z.string(), z.number()),
    confirmedAt: z.string().nullable(),
    /** Sum of all allocations: for the planners and the partner (null for centres). */
    allocatedHours: z.number().nullable(),
    /** What the viewer sees of the centres: planners all, the partner the allocations, a centre its own. */
    centres: z.array(centreRowSchema),
    /** The centres the viewer may ask a share for (lead/admin of an eligible centre). */
    requestCentreIds: z.array(z.uuid()),
    /** The framework agreements produced from the allocations (planners only). */
    agreements: z.array(z.object({ id: z.uuid(), title: z.string(), centreId: z.uuid().nullable() })),
    version: z.number().int(),
    permissions: poolPermissionsSchema,
  })
  .meta({ id: 'CapacityPool' });

export const poolSummarySchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  title: z.string(),
  partner: ref,
  hoursPerMonth: z.number(),
  validFrom: z.string(),
  validTo: z.string(),
  confirmedAt: z.string().nullable(),
  version: z.number().int(),
});

export const poolListSchema = z.object({
  items: z.array(poolSummarySchema),
  /** Municipalities in which the caller may create pools. */
  createIn: z.array(z.uuid()),
});

export const suggestionSchema = z
  .object({
    method: z.enum(['equal', 'need']),
    among: z.enum(['eligible', 'requesting']),
    hoursPerMonth: z.number(),
    total: z.number(),
    items: z.array(
      z.object({
        centreId: z.uuid(),
        centreName: z.string(),
        districtId: z.uuid().nullable(),
        hoursPerMonth: z.number(),
      }),
    ),
  })
  .meta({
    example: {
      method: 'equal',
      among: 'eligible',
      hoursPerMonth: 40,
      total: 40,
      items: [
        {
          centreId: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d',
          centreName: 'FZ Sonnenblume',
          districtId: null,
          hoursPerMonth: 13.5,
        },
      ],
    },
  });

export const producedAgreementsSchema = z.object({
  frameworkId: z.uuid(),
  created: z.array(z.object({ id: z.uuid(), title: z.string(), centreId: z.uuid() })),
  /** Every agreement of the pool (the new ones and those produced before). */
  agreements: z.array(z.object({ id: z.uuid(), title: z.string(), centreId: z.uuid().nullable() })),
});
