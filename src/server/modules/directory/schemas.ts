import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema } from '../../http/time-schemas';
import { createOrganizationSchema, organizationSchema } from '../accounts/schemas';
import { relationshipStatuses } from './schema';

export const relationshipStatusSchema = z.enum(relationshipStatuses);

export const accessibilityKeys = [
  'step_free',
  'accessible_toilet',
  'hearing_loop',
  'lift',
  'parking_disabled',
  'easy_language',
  'sign_language',
] as const;
export const targetGroupKeys = [
  'expectant_parents',
  'age_0_3',
  'age_3_6',
  'school_children',
  'fathers',
  'single_parents',
  'migrant_families',
  'all_families',
] as const;

/** `near` is an organisation id or "lat,lng". */
const nearSchema = z.union(
  [
    z.uuid(),
    z
      .string()
      .regex(/^-?\d{1,2}(\.\d+)?,\s*-?\d{1,3}(\.\d+)?$/, 'validation.near')
      .transform((value) => {
        const [lat = 0, lng = 0] = value.split(',').map(Number);
        return { lat, lng };
      })
      .refine(({ lat, lng }) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, 'validation.near'),
  ],
  { error: 'validation.near' },
);

export const directorySearchQuerySchema = listQuerySchema.extend({
  q: z.string().trim().max(200, 'validation.queryTooLong').optional(),
  near: nearSchema.optional(),
  radiusKm: z.coerce.number().positive().max(100, 'validation.radiusKm').optional(),
  kind: z.string().max(50).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'validation.language')
    .optional(),
  targetGroup: z.enum(targetGroupKeys).optional(),
  districtId: z.uuid().optional(),
  relationship: relationshipStatusSchema.optional(),
  centreId: z.uuid().optional(),
});
export type DirectorySearchQuery = z.infer<typeof directorySearchQuerySchema>;

export const kindSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  labelDe: z.string(),
  labelEn: z.string(),
  isPriority: z.boolean(),
});
const kindRefSchema = kindSchema.pick({ key: true, labelDe: true, labelEn: true });

export const createKindSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, 'validation.kindKey'),
  labelDe: z.string().trim().min(1, 'validation.notBlank').max(100),
  labelEn: z.string().trim().min(1, 'validation.notBlank').max(100),
  isPriority: z.boolean().default(false),
});

export const searchItemSchema = z.object({
  organization: z.object({
    id: z.uuid(),
    name: z.string(),
    type: z.string(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    districtId: z.uuid().nullable(),
    website: z.string().nullable(),
  }),
  kinds: z.array(kindRefSchema),
  distanceKm: z.number().nullable(),
  relationship: relationshipStatusSchema.nullable(),
  offerings: z.array(z.string()).meta({
    description:
      'Titles of up to three public, current offerings the organisation co-organises, the next first',
  }),
  stale: z.boolean(),
});

export const searchResultSchema = z.object({
  items: z.array(searchItemSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  facets: z.object({
    kinds: z.array(kindRefSchema.extend({ count: z.number().int() })),
    districts: z.array(z.object({ id: z.uuid(), name: z.string(), count: z.number().int() })),
  }),
});

const openingHoursSchema = z.array(
  z.object({
    day: z.number().int().min(1).max(7),
    from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time'),
    to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time'),
  }),
);

const contactPersonInputSchema = z.object({
  name: z.string().trim().min(1, 'validation.notBlank').max(200),
  role: z.string().trim().max(200).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  email: z.email('validation.email').max(254).nullable().optional(),
});

const publicFieldsSchema = z
  .object({
    address: z.boolean(),
    contact: z.boolean(),
    openingHours: z.boolean(),
    contactPersons: z.boolean(),
  })
  .meta({ description: 'Field groups families may see on public pages (no sign-in); participants see all' });

export const profileSchema = z.object({
  organization: organizationSchema,
  kinds: z.array(kindRefSchema),
  profile: z.object({
    coreMandate: z.string().nullable(),
    openingHours: openingHoursSchema,
    languages: z.array(z.string()),
    accessibility: z.array(z.string()),
    targetGroups: z.array(z.string()),
    publicFields: publicFieldsSchema,
    lastConfirmedAt: z.date(),
    stale: z.boolean(),
    version: z.number().int(),
  }),
  contactPersons: z.array(contactPersonInputSchema.extend({ id: z.uuid() })),
  permissions: z.object({ update: z.boolean(), deleteContactPerson: z.boolean() }),
});

export const updateProfileSchema = z.object({
  version: z.number().int().positive(),
  coreMandate: z.string().trim().max(500).nullable().optional(),
  openingHours: openingHoursSchema.optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'validation.language'))
    .max(30)
    .optional(),
  accessibility: z.array(z.enum(accessibilityKeys)).optional(),
  targetGroups: z.array(z.enum(targetGroupKeys)).optional(),
  publicFields: publicFieldsSchema.optional(),
  kindKeys: z.array(z.string().max(50)).min(1).max(5).optional(),
  contactPersons: z.array(contactPersonInputSchema).max(10).optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const createPartnerSchema = createOrganizationSchema
  .omit({ type: true, providerId: true, networkId: true })
  .extend({
    kindKeys: z.array(z.string().max(50)).min(1).max(5),
    coreMandate: z.string().trim().max(500).nullable().optional(),
  })
  .meta({
    example: {
      name: 'Stadtteilbibliothek Nord',
      municipalityId: '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      kindKeys: ['library'],
      street: 'Am Markt 3',
      postalCode: '45991',
      city: 'Musterstadt',
    },
  });
export type CreatePartnerInput = z.infer<typeof createPartnerSchema>;

export const claimInvitationSchema = z.object({ email: z.email('validation.email').max(254) });

export const relationshipSchema = z.object({
  id: z.uuid(),
  centreId: z.uuid(),
  partnerId: z.uuid(),
  status: relationshipStatusSchema,
  statusChangedAt: z.date(),
  internalNotes: z.string().nullable().optional().meta({ description: "Only for the centre's members" }),
  nextStep: z.string().nullable(),
  nextStepDue: z.string().nullable(),
  nextStepAssigneeId: z.uuid().nullable(),
  version: z.number().int(),
  history: z.array(
    z.object({ status: relationshipStatusSchema, changedAt: z.date(), changedByName: z.string().nullable() }),
  ),
});

export const putRelationshipSchema = z.object({
  status: relationshipStatusSchema,
  internalNotes: z.string().trim().max(10000).nullable().optional(),
  nextStep: z.string().trim().max(500).nullable().optional(),
  nextStepDue: calendarDateSchema.nullable().optional(),
  nextStepAssigneeId: z.uuid().nullable().optional(),
  version: z.number().int().positive().optional(),
});
export type PutRelationshipInput = z.infer<typeof putRelationshipSchema>;

export const networkSchema = z.object({
  items: z.array(
    z.object({
      /** The relationship's id, which is the cooperation's (decision 015). */
      cooperationId: z.uuid(),
      partner: z.object({ id: z.uuid(), name: z.string() }),
      kinds: z.array(kindRefSchema),
      status: relationshipStatusSchema,
      statusChangedAt: z.date(),
      nextStep: z.string().nullable(),
      nextStepDue: z.string().nullable(),
      nextStepAssignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    }),
  ),
  missingKinds: z.array(kindSchema.omit({ id: true })),
  exports: z.object({ csv: z.string(), vcard: z.string() }).nullable(),
});

export const centrePartnerParamsSchema = z.object({ centreId: z.uuid(), partnerId: z.uuid() });
export const centreParamsSchema = z.object({ centreId: z.uuid() });
export const organizationParamsSchema = z.object({ organizationId: z.uuid() });

/** Erasing a contact person changes the profile: the client sends the profile version it saw. */
export const deleteContactPersonQuerySchema = z.object({
  version: z.coerce.number().int().positive(),
});
