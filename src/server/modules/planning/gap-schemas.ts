import { z } from 'zod';
import { relationshipStatusSchema, targetGroupKeys } from '../directory/schemas';
import { municipalityQuerySchema } from './schemas';

/** The period of the gap and overlap lists: a year, optionally one quarter of it. */
export const gapQuerySchema = municipalityQuerySchema.extend({
  year: z.coerce
    .number({ error: 'planning.gaps.validation.year' })
    .int('planning.gaps.validation.year')
    .min(2000, 'planning.gaps.validation.year')
    .max(2100, 'planning.gaps.validation.year')
    .meta({ description: 'The calendar year (offerings with a session in it count)' }),
  quarter: z.coerce
    .number({ error: 'planning.gaps.validation.quarter' })
    .int('planning.gaps.validation.quarter')
    .min(1, 'planning.gaps.validation.quarter')
    .max(4, 'planning.gaps.validation.quarter')
    .optional()
    .meta({ description: 'Only this quarter of the year (1–4)' }),
});

const ref = z.object({ id: z.uuid(), name: z.string() });
const partnerKindSchema = z.object({ key: z.string(), labelDe: z.string(), labelEn: z.string() });

export const gapSchema = z.object({
  key: z
    .string()
    .meta({ description: 'Stable while the gap exists, e.g. no-cooperation:family_education:centre:<id>' }),
  type: z.enum(['no_offering', 'no_cooperation']),
  scope: z.enum(['district', 'centre']),
  district: ref.nullable(),
  centre: ref.nullable(),
  targetGroup: z.enum(targetGroupKeys).nullable(),
  partnerKind: partnerKindSchema.nullable(),
  action: z.object({ type: z.enum(['find_partner', 'write_to_district']), href: z.string() }),
});

export const gapListSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  items: z.array(gapSchema),
});

const overlapOfferingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  organization: ref,
  district: ref.nullable(),
});

export const overlapSchema = z.object({
  key: z.string().meta({ description: 'overlap:<offering id>:<offering id>' }),
  format: z.string(),
  targetGroups: z.array(z.string()),
  sameDistrict: z.boolean(),
  distanceKm: z.number().nullable(),
  sessions: z.number().int().meta({ description: 'Overlapping sessions in the period' }),
  first: z.object({ startsAt: z.string(), endsAt: z.string() }),
  offerings: z.tuple([overlapOfferingSchema, overlapOfferingSchema]),
  actions: z.array(
    z.object({ type: z.enum(['contact_organization', 'write_to_district']), href: z.string() }),
  ),
});

export const overlapListSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  radiusKm: z.number(),
  items: z.array(overlapSchema),
});

export const matrixSchema = z.object({
  kinds: z.array(partnerKindSchema),
  rows: z.array(
    z.object({
      centre: ref,
      district: ref.nullable(),
      cells: z.array(
        z.object({
          kind: z.string(),
          active: z.boolean(),
          agreementsInForce: z.number().int(),
          partners: z.array(
            ref.extend({ status: relationshipStatusSchema, agreementsInForce: z.number().int() }),
          ),
        }),
      ),
    }),
  ),
});
