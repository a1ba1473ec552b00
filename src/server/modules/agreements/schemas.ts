import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema } from '../../http/time-schemas';
import {
  agreementStatuses,
  agreementTypes,
  sectionKeys,
  serviceFrequencies,
  versionStatuses,
} from './schema';

export { agreementStatuses, agreementTypes, sectionKeys, serviceFrequencies };

export const agreementStatusSchema = z.enum(agreementStatuses);
export const agreementTypeSchema = z.enum(agreementTypes);
export const sectionKeySchema = z.enum(sectionKeys);

/** ISO calendar date (Europe/Berlin), e.g. "2026-08-01". */
const dateSchema = calendarDateSchema;
const idNameSchema = z.object({ id: z.uuid(), name: z.string() });
const text = (max: number) => z.string().trim().max(max);

/** The free texts of an agreement version, one per section of domain.md §6 (fixed order: `sectionKeys`). */
export const sectionsSchema = z.object(
  Object.fromEntries(sectionKeys.map((key) => [key, z.string()])) as Record<
    (typeof sectionKeys)[number],
    z.ZodString
  >,
);
export const sectionsInputSchema = z
  .object(
    Object.fromEntries(sectionKeys.map((key) => [key, text(20_000)])) as Record<
      (typeof sectionKeys)[number],
      z.ZodString
    >,
  )
  .partial();

/** One row of the responsibilities matrix: which party does what, how often, where. */
export const serviceSchema = z.object({
  /** The agreement party (its `id`) that provides the service. */
  partyId: z.uuid(),
  service: text(500).min(1, 'validation.notBlank'),
  frequency: z.enum(serviceFrequencies).nullable().default(null),
  place: text(300).nullable().default(null),
  hoursPerMonth: z.number().min(0).max(744).nullable().default(null),
  offeringId: z.uuid().nullable().default(null),
  roomId: z.uuid().nullable().default(null),
});
/** In templates the party is given by its position in the parties list (0 = first party). */
export const templateServiceSchema = serviceSchema.omit({ partyId: true }).extend({
  partyIndex: z.number().int().min(0).max(20),
});

/** § 8a / § 72a SGB VIII: who checked the certificates of conduct, and when — never the certificate. */
export const childProtectionCheckSchema = z.object({
  partyId: z.uuid(),
  checkedOn: dateSchema,
  checkedBy: text(200).min(1, 'validation.notBlank'),
});

export const representativeSchema = z.object({
  name: text(200).min(1, 'validation.notBlank'),
  role: text(200).min(1, 'validation.notBlank'),
});

export const partyInputSchema = z.object({
  /** The Träger (provider) organisation, or an organisation acting for itself. */
  organizationId: z.uuid(),
  /** The facilities (centres, Verbund, partner services) the party acts for. */
  facilityIds: z.array(z.uuid()).max(50).default([]),
  representative: representativeSchema.nullable().default(null),
});

export const partySchema = z.object({
  id: z.uuid(),
  organization: idNameSchema,
  facilities: z.array(idNameSchema),
  representative: representativeSchema.nullable(),
  /** Whether this party signed the current version. */
  signed: z.boolean(),
});

export const termSchema = z.object({
  startDate: dateSchema,
  /** null: open-ended. */
  endDate: dateSchema.nullable(),
  autoRenewal: z.boolean(),
  /** With automatic renewal: the term extends by this many months unless notice is given. */
  renewalMonths: z.number().int().min(1).max(120),
  noticePeriodMonths: z.number().int().min(0).max(60),
  reviewDate: dateSchema.nullable(),
});
export const termInputSchema = termSchema.partial();

export const needsAmendmentSchema = z.object({
  /** `verbund_member_left`, `offering_ended`, `room_removed`, `manual`, … */
  reason: z.string(),
  detail: z.string().nullable(),
  since: z.date(),
});

export const agreementPermissionsSchema = z.object({
  readContent: z.boolean(),
  edit: z.boolean(),
  comment: z.boolean(),
  /** Mark review comments as resolved (party members other than planners). */
  resolveComment: z.boolean(),
  transition: z.boolean(),
  /** The actor can sign the current version for at least one party now (`signFor` is not empty). */
  sign: z.boolean(),
  /** The parties (their `id`s) the actor represents and that still have to sign the current version. */
  signFor: z.array(z.uuid()),
  share: z.boolean(),
});

/** What everyone who may see an agreement sees (planners: only this, unless shared). */
export const agreementSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  type: agreementTypeSchema,
  status: agreementStatusSchema,
  parties: z.array(partySchema),
  term: termSchema,
  /** The latest version (the one being worked on, or the one in force). */
  currentVersion: z.number().int(),
  /** The last signed version, which stays in force while an amendment is drafted. */
  inForceVersion: z.number().int().nullable(),
  sharedWithYouthOffice: z.boolean(),
  needsAmendment: needsAmendmentSchema.nullable(),
  frameworkId: z.uuid().nullable(),
  /** The home municipality (that of the first party's first facility). */
  municipalityId: z.uuid(),
  /** Every municipality a party's facility lies in; the Jugendamt planners of each see the agreement. */
  municipalityIds: z.array(z.uuid()),
  version: z.number().int(),
  updatedAt: z.date(),
  permissions: agreementPermissionsSchema,
});

export const versionContentSchema = z.object({
  number: z.number().int(),
  status: z.enum(versionStatuses),
  sections: sectionsSchema,
  services: z.array(serviceSchema),
  childProtectionChecks: z.array(childProtectionCheckSchema),
  createdAt: z.date(),
  signedAt: z.date().nullable(),
});

/** Full record; `content` is null when the actor may see only the metadata. */
export const agreementSchema = agreementSummarySchema.extend({
  content: versionContentSchema.nullable(),
  /** Parties still to sign the current version (in status ready_for_signature). */
  missingSignatures: z.array(idNameSchema),
  allowedTransitions: z.array(agreementStatusSchema),
});

export const agreementListQuerySchema = listQuerySchema.extend({
  /** An organisation that is a party (as Träger) or one of the facilities a party acts for. */
  party: z.uuid().optional(),
  status: z
    .union([agreementStatusSchema, z.array(agreementStatusSchema)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
  /** Review date or end date on or before this date. */
  dueBefore: dateSchema.optional(),
  needsAttention: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  type: agreementTypeSchema.optional(),
  q: z.string().trim().max(200).optional(),
});
export type AgreementListQuery = z.infer<typeof agreementListQuerySchema>;

export const createAgreementSchema = z.object({
  title: text(300).min(1, 'validation.notBlank'),
  type: agreementTypeSchema.default('other'),
  /** Start from a template (its sections and services are copied) or blank. */
  templateId: z.uuid().optional(),
  parties: z.array(partyInputSchema).min(2, 'validation.agreementParties').max(20),
  term: termSchema.partial({
    endDate: true,
    autoRenewal: true,
    renewalMonths: true,
    reviewDate: true,
    noticePeriodMonths: true,
  }),
  sections: sectionsInputSchema.optional(),
  services: z.array(templateServiceSchema).max(200).optional(),
  sharedWithYouthOffice: z.boolean().default(false),
});
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

/** Change a draft; on a signed agreement this starts version n+1 (status `amended`). */
export const updateAgreementSchema = z.object({
  version: z.number().int(),
  title: text(300).min(1, 'validation.notBlank').optional(),
  term: termInputSchema.optional(),
  parties: z
    .array(
      z.object({
        id: z.uuid(),
        facilityIds: z.array(z.uuid()).max(50).optional(),
        representative: representativeSchema.nullable().optional(),
      }),
    )
    .optional(),
  sections: sectionsInputSchema.optional(),
  services: z.array(serviceSchema).max(200).optional(),
  childProtectionChecks: z.array(childProtectionCheckSchema).max(50).optional(),
});
export type UpdateAgreementInput = z.infer<typeof updateAgreementSchema>;

export const transitionSchema = z.object({
  version: z.number().int(),
  to: agreementStatusSchema,
  /** Why it ends or goes back; recorded in the audit trail. */
  note: text(1000).optional(),
  /** When a due review is completed without changes: the next review date. */
  nextReviewDate: dateSchema.optional(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const sharingSchema = z.object({ version: z.number().int(), sharedWithYouthOffice: z.boolean() });

export const commentSchema = z.object({
  id: z.uuid(),
  versionNumber: z.number().int(),
  section: sectionKeySchema.or(z.literal('services')).or(z.literal('general')),
  body: z.string(),
  author: idNameSchema,
  organization: idNameSchema.nullable(),
  createdAt: z.date(),
  resolvedAt: z.date().nullable(),
});
export const createCommentSchema = z.object({
  /** The agreement's version the author read: a comment on a text changed meanwhile is refused (409). */
  version: z.number().int(),
  section: sectionKeySchema.or(z.literal('services')).or(z.literal('general')),
  body: text(5000).min(1, 'validation.notBlank'),
});
/** The agreement's version the person read when resolving. */
export const resolveCommentSchema = z.object({ version: z.number().int() });
export const commentListQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export const MAX_SIGNED_PDF_BYTES = 10 * 1024 * 1024;

export const signatureSchema = z.object({
  id: z.uuid(),
  versionNumber: z.number().int(),
  party: idNameSchema,
  signerName: z.string(),
  signerRole: z.string(),
  signedOn: dateSchema,
  recordedBy: idNameSchema,
  /** The scanned signed PDF, if one was uploaded. */
  document: z.object({ fileName: z.string(), size: z.number().int(), url: z.string() }).nullable(),
});
export const createSignatureSchema = z.object({
  version: z.number().int(),
  partyId: z.uuid(),
  signerName: text(200).min(1, 'validation.notBlank').optional(),
  signerRole: text(200).min(1, 'validation.notBlank'),
  signedOn: dateSchema.optional(),
  /** Optional scanned signed PDF, base64 (≤ 10 MB decoded, must start with %PDF-). */
  document: z
    .object({
      fileName: text(200).min(1, 'validation.notBlank'),
      contentBase64: z.string().max(Math.ceil((MAX_SIGNED_PDF_BYTES * 4) / 3) + 1024),
    })
    .optional(),
});
export type CreateSignatureInput = z.infer<typeof createSignatureSchema>;

export const versionListItemSchema = z.object({
  number: z.number().int(),
  status: z.enum(versionStatuses),
  createdAt: z.date(),
  signedAt: z.date().nullable(),
  signatures: z.number().int(),
});
export const versionParamsSchema = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1) });
export const diffQuerySchema = z.object({ against: z.coerce.number().int().min(1) });
export const versionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  sections: z.array(
    z.object({ key: sectionKeySchema, changed: z.boolean(), before: z.string(), after: z.string() }),
  ),
  servicesChanged: z.boolean(),
  childProtectionChanged: z.boolean(),
});

export const documentQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export const templateSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  type: agreementTypeSchema,
  title: z.string(),
  description: z.string(),
  /** null: instance-wide template; otherwise the Träger that keeps its own copy. */
  owner: idNameSchema.nullable(),
  builtIn: z.boolean(),
  sections: sectionsSchema,
  services: z.array(templateServiceSchema),
  version: z.number().int(),
  permissions: z.object({ edit: z.boolean() }),
});
export const templateListQuerySchema = z.object({ owner: z.uuid().optional() });
export const templateListSchema = z.object({
  items: z.array(templateSchema),
  /** Organisations the actor may keep own templates for (`ownerOrganizationId` when copying): Träger first. */
  owners: z.array(idNameSchema),
});
export const createTemplateSchema = z.object({
  /** The Träger the template belongs to; absent = instance-wide (instance admins only). */
  ownerOrganizationId: z.uuid().optional(),
  /** Copy sections and services of this template first. */
  copyOf: z.uuid().optional(),
  type: agreementTypeSchema,
  title: text(300).min(1, 'validation.notBlank'),
  description: text(2000).default(''),
  sections: sectionsInputSchema.optional(),
  services: z.array(templateServiceSchema).max(200).optional(),
});
export const updateTemplateSchema = z.object({
  version: z.number().int(),
  title: text(300).min(1, 'validation.notBlank').optional(),
  description: text(2000).optional(),
  sections: sectionsInputSchema.optional(),
  services: z.array(templateServiceSchema).max(200).optional(),
});

export const frameworkSchema = z.object({
  /** The district (Sozialraum) whose counselling centres and family centres are paired. */
  districtId: z.uuid(),
  title: text(300).min(1, 'validation.notBlank').default('Basiskooperation'),
  templateId: z.uuid().optional(),
  term: termSchema.partial({
    endDate: true,
    autoRenewal: true,
    renewalMonths: true,
    reviewDate: true,
    noticePeriodMonths: true,
  }),
});
export const frameworkResultSchema = z.object({
  frameworkId: z.uuid(),
  created: z.number().int(),
  items: z.array(z.object({ id: z.uuid(), title: z.string(), parties: z.array(z.string()) })),
});

export const attentionReasonSchema = z.object({
  /** review_due, review_soon, notice_deadline, ends_soon, needs_amendment, awaiting_signature, in_review */
  code: z.string(),
  dueOn: dateSchema.nullable(),
  detail: z.string().nullable(),
});
export const attentionQuerySchema = z
  .object({ organizationId: z.uuid().optional(), municipalityId: z.uuid().optional() })
  .refine((q) => Boolean(q.organizationId) !== Boolean(q.municipalityId), {
    message: 'validation.attentionScope',
    path: ['organizationId'],
  });
export const attentionItemSchema = z.object({
  agreement: z.object({
    id: z.uuid(),
    reference: z.string(),
    title: z.string(),
    type: agreementTypeSchema,
    status: agreementStatusSchema,
    parties: z.array(z.string()),
    reviewDate: dateSchema.nullable(),
    endDate: dateSchema.nullable(),
  }),
  reasons: z.array(attentionReasonSchema),
});
export const attentionResultSchema = z.object({
  items: z.array(attentionItemSchema),
  /** What the actor may start for this organisation or municipality. */
  permissions: z.object({ createAgreement: z.boolean(), createFramework: z.boolean() }),
});

export const idParamsSchema = z.object({ id: z.uuid() });
