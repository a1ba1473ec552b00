import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';
import { membershipRoles, organizationTypes } from './schema';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const organizationTypeSchema = z.enum(organizationTypes).meta({ description: 'Kind of organisation' });
export const membershipRoleSchema = z.enum(membershipRoles);

const organizationFields = {
  name: z.string().trim().min(1, 'validation.notBlank').max(200),
  districtId: z.uuid().nullable().optional(),
  providerId: z.uuid().nullable().optional(),
  networkId: z.uuid().nullable().optional(),
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'validation.postalCode')
    .nullable()
    .optional(),
  city: optionalText(100),
  lat: z.number().min(-90, 'validation.latitude').max(90, 'validation.latitude').nullable().optional(),
  lng: z.number().min(-180, 'validation.longitude').max(180, 'validation.longitude').nullable().optional(),
  email: z.email('validation.email').max(254).nullable().optional(),
  phone: optionalText(50),
  website: z
    .url({ protocol: /^https?$/, error: 'validation.url' })
    .max(500)
    .nullable()
    .optional(),
  description: optionalText(4000),
};

export const createOrganizationSchema = z
  .object({ type: organizationTypeSchema, municipalityId: z.uuid(), ...organizationFields })
  .meta({
    example: {
      type: 'partner',
      name: 'Familienbildungsstätte Musterstadt',
      municipalityId: '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      street: 'Lindenstraße 4',
      postalCode: '44135',
      city: 'Musterstadt',
    },
  });

export const updateOrganizationSchema = z
  .object({
    version: z.number().int().positive(),
    ...organizationFields,
    name: organizationFields.name.optional(),
    internalNotes: optionalText(10000),
  })
  .meta({ example: { version: 3, phone: '0231 123456' } });

export const organizationSchema = z.object({
  id: z.uuid(),
  type: organizationTypeSchema,
  name: z.string(),
  providerId: z.uuid().nullable(),
  networkId: z.uuid().nullable(),
  municipalityId: z.uuid(),
  districtId: z.uuid().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  internalNotes: z
    .string()
    .nullable()
    .optional()
    .meta({ description: "Only for the organisation's own members" }),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  assignableRoles: z
    .array(membershipRoleSchema)
    .meta({ description: 'Roles members of this organisation can have (planner only in a Jugendamt)' }),
  permissions: z.object({
    update: z.boolean(),
    manageMembers: z.boolean(),
    readMembers: z.boolean(),
    readAudit: z.boolean(),
  }),
});

export const organizationListQuerySchema = listQuerySchema.extend({
  type: organizationTypeSchema.optional(),
  municipalityId: z.uuid().optional(),
  districtId: z.uuid().optional(),
  q: z.string().trim().min(1).max(200).optional(),
});

export const idParamsSchema = z.object({ id: z.uuid() });

export const municipalitySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  state: z.string(),
});
export const districtSchema = z.object({ id: z.uuid(), municipalityId: z.uuid(), name: z.string() });

export const memberSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  createdAt: z.date(),
  /** `erase`: the viewer may erase this person (DSGVO Art. 17, DELETE /api/v1/users/{userId}). */
  permissions: z.object({ erase: z.boolean() }),
});
export const memberParamsSchema = z.object({ id: z.uuid(), membershipId: z.uuid() });
export const updateMemberSchema = z.object({ role: membershipRoleSchema });

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: membershipRoleSchema,
  expiresAt: z.date(),
  createdAt: z.date(),
});
export const createInvitationSchema = z
  .object({ email: z.email('validation.email').max(254), role: membershipRoleSchema })
  .meta({ example: { email: 'neu@fz-sonnenblume.example', role: 'staff' } });
export const tokenParamsSchema = z.object({ token: z.string().min(20).max(100) });
export const invitationByTokenSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  email: z.string(),
  role: membershipRoleSchema,
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  userExists: z.boolean(),
});
export const acceptInvitationSchema = z.object({
  name: z.string().trim().min(1, 'validation.notBlank').max(200).optional(),
  // The password policy (password-policy.ts) decides the rest and answers 422 naming `password`.
  password: z
    .string()
    .max(PASSWORD_MAX_LENGTH)
    .optional()
    .meta({
      description: `At least ${PASSWORD_MIN_LENGTH} characters; not a common password, not the e-mail's name, not "Familiennetz"`,
    }),
});

export const meSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), isInstanceAdmin: z.boolean() }),
  memberships: z.array(
    z.object({
      id: z.uuid(),
      organizationId: z.uuid(),
      organizationName: z.string(),
      organizationType: organizationTypeSchema,
      municipalityId: z.uuid(),
      role: membershipRoleSchema,
    }),
  ),
  /** What the web app may offer this person (its navigation); decided by the modules' policies. */
  permissions: z.object({
    searchDirectory: z.boolean(),
    viewNetwork: z.boolean(),
    viewFreshness: z.boolean(),
    viewCooperations: z.boolean(),
    viewCapacity: z.boolean(),
    viewCapacityOverview: z.boolean(),
    viewPools: z.boolean(),
    manageCooperationModels: z.boolean(),
    viewPlanning: z.boolean(),
    viewStatePlanning: z.boolean(),
    viewSeal: z.boolean(),
    viewSealOverview: z.boolean(),
    importSealCatalogue: z.boolean(),
    createStateOffice: z.boolean(),
    manageKinds: z.boolean(),
    createPartner: z.boolean(),
    administerOrganizations: z.boolean(),
    viewOwnOrganizations: z.boolean(),
    manageOfferings: z.boolean(),
    useRooms: z.boolean(),
    useAgreements: z.boolean(),
  }),
});

export const apiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    /** Every key expires (API_KEY_MAX_DAYS after its creation at the latest); null only in old responses. */
    expiresAt: z.date().nullable(),
    permissions: z.object({ delete: z.boolean() }),
  })
  .meta({
    example: {
      id: '0b7e4c1e-5d1a-4f59-9a57-3f1c2b9d8e01',
      name: 'Tabellenabgleich',
      createdAt: '2026-12-01T09:00:00.000Z',
      lastUsedAt: '2026-12-06T17:12:00.000Z',
      expiresAt: '2027-12-01T09:00:00.000Z',
      permissions: { delete: true },
    },
  });
export const createApiKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** Shorter than API_KEY_MAX_DAYS (default 365) if wanted; without it the key lives that long. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const mySessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.date(),
    /** Refreshed about once an hour while the session is in use. */
    lastActiveAt: z.date(),
    expiresAt: z.date(),
    ipAddress: z.string().nullable(),
    device: z.object({ browser: z.string().nullable(), os: z.string().nullable() }),
    /** The session of this request ("this device"). */
    isCurrent: z.boolean(),
    permissions: z.object({ revoke: z.boolean() }),
  })
  .meta({
    example: {
      id: '5f0c7a8e-2a44-4f8b-8d0e-6c1f3b2a9d77',
      createdAt: '2026-12-01T09:00:00.000Z',
      lastActiveAt: '2026-12-07T06:00:00.000Z',
      expiresAt: '2026-12-14T06:00:00.000Z',
      ipAddress: '203.0.113.7',
      device: { browser: 'Firefox', os: 'Windows' },
      isCurrent: true,
      permissions: { revoke: true },
    },
  });
export const revokeSessionsQuerySchema = z.object({
  /** `others`: every session but this one; `all`: this one too (the reply clears its cookies). */
  scope: z.enum(['others', 'all']),
});

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationSchema>;
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;
