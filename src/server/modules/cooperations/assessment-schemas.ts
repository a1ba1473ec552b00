import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema } from '../../http/time-schemas';
import { questionSchema } from './questions-schemas';
import { assessmentDecisions, MAX_HOURS_PER_MONTH } from './schema';

/** Request and response schemas of /api/v1/assessments. */

const scale = z
  .number()
  .int('assessments.validation.scale')
  .min(1, 'assessments.validation.scale')
  .max(5, 'assessments.validation.scale')
  .nullable()
  .meta({ description: '1 (not at all) … 5 (fully); null: not answered' });
const text = z.string().trim().max(4000).nullable();

/** Hours per month: 0 … 744 with one decimal. */
export const hoursValue = z
  .number()
  .min(0, 'assessments.validation.hours')
  .max(MAX_HOURS_PER_MONTH, 'assessments.validation.hours')
  .refine((value) => Math.abs(Math.round(value * 10) - value * 10) < 1e-6, 'assessments.validation.hours');

export const decisionSchema = z.enum(assessmentDecisions).meta({
  description: 'go; not_now (not now, maybe later); no',
});

const hoursInputSchema = z
  .object({
    preparation: hoursValue.optional(),
    delivery: hoursValue.optional(),
    coordination: hoursValue.optional(),
    travel: hoursValue.optional(),
  })
  .meta({ description: 'Hours per month; together at most 744 (a month has no more)' });

/** The fields of a revision; each left out keeps the current revision's value, null clears it. */
const revisionInputFields = {
  mandateFit: scale.optional(),
  mandateFitText: text.optional(),
  familyBenefit: scale.optional(),
  familyBenefitText: text.optional(),
  mandateBenefit: scale.optional(),
  mandateBenefitText: text.optional(),
  hours: hoursInputSchema.optional(),
  risks: text.optional(),
  answers: z
    .record(z.uuid(), z.union([z.number(), z.string().trim().max(4000)]))
    .optional()
    .meta({
      description:
        "Answers to the organisation's own questions: question id → 1…5 (scale) or text; replaces all answers",
    }),
  decision: decisionSchema.nullable().optional(),
  decidedOn: calendarDateSchema.nullable().optional(),
  reviewOn: calendarDateSchema.nullable().optional(),
  isShared: z
    .boolean()
    .optional()
    .meta({ description: 'The other side sees the decision, its date and the hours (never the texts)' }),
};
export type RevisionInput = z.infer<z.ZodObject<typeof revisionInputFields>>;

export const createAssessmentSchema = z
  .object({ cooperationId: z.uuid(), organizationId: z.uuid(), ...revisionInputFields })
  .meta({
    description: 'organizationId is the assessing side: the centre or the partner of the cooperation',
    example: {
      cooperationId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
      organizationId: '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      mandateFit: 4,
      mandateFitText: 'Offene Sprechstunde passt zu unserem Auftrag Familienbildung.',
    },
  });
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

export const updateAssessmentSchema = z
  .object({ version: z.number().int().positive(), ...revisionInputFields })
  .meta({
    description: 'Saves a new revision; the earlier ones stay in the history',
    example: {
      version: 2,
      hours: { preparation: 1, delivery: 2, coordination: 0.5, travel: 0.5 },
      decision: 'go',
      decidedOn: '2026-12-07',
      reviewOn: '2027-06-30',
      isShared: true,
    },
  });
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

export const assessmentParamsSchema = z.object({ id: z.uuid() });

export const assessmentListQuerySchema = listQuerySchema.extend({
  cooperationId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
});
export type AssessmentListQuery = z.infer<typeof assessmentListQuerySchema>;

const refSchema = z.object({ id: z.uuid(), name: z.string() });

export const assessmentPermissionsSchema = z.object({
  /** Save a new revision (members of the assessing organisation). */
  update: z.boolean(),
  /** Record or change the decision (its leads and admins). */
  decide: z.boolean(),
  /** Share the decision and hours with the other side, or withdraw (its leads and admins). */
  share: z.boolean(),
});

const hoursSchema = z.object({
  preparation: z.number(),
  delivery: z.number(),
  coordination: z.number(),
  travel: z.number(),
});

export const revisionSchema = z.object({
  number: z.number().int(),
  mandateFit: z.number().int().nullable(),
  mandateFitText: z.string().nullable(),
  familyBenefit: z.number().int().nullable(),
  familyBenefitText: z.string().nullable(),
  mandateBenefit: z.number().int().nullable(),
  mandateBenefitText: z.string().nullable(),
  hours: hoursSchema,
  /** The four hour fields together. */
  hoursPerMonth: z.number(),
  risks: z.string().nullable(),
  answers: z.record(z.string(), z.union([z.number(), z.string()])),
  decision: decisionSchema.nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: refSchema.nullable(),
  reviewOn: z.string().nullable(),
  createdBy: refSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const assessmentSchema = z
  .object({
    id: z.uuid(),
    cooperationId: z.uuid(),
    /** The assessing side. */
    organization: refSchema,
    /** The other side of the cooperation (it sees only the decision and the hours, while shared). */
    otherSide: refSchema,
    isShared: z.boolean(),
    version: z.number().int(),
    current: revisionSchema,
    /** Every revision, newest first (the current one included). */
    history: z.array(revisionSchema),
    questions: z.object({
      builtIn: z.array(z.enum(['mandateFit', 'familyBenefit', 'mandateBenefit'])),
      /** The organisation's own questions now asked, and retired ones answered in some revision (archivedAt). */
      own: z.array(questionSchema),
    }),
    permissions: assessmentPermissionsSchema,
  })
  .meta({ id: 'Assessment' });

export const assessmentListItemSchema = z.object({
  id: z.uuid(),
  cooperationId: z.uuid(),
  organization: refSchema,
  isShared: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
  revision: z.number().int(),
  decision: decisionSchema.nullable(),
  decidedOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  hoursPerMonth: z.number(),
  permissions: assessmentPermissionsSchema,
});

export const assessmentListSchema = z.object({
  items: z.array(assessmentListItemSchema),
  nextCursor: z.string().nullable(),
  /** With ?cooperationId= when the caller belongs to one of its sides: the cooperation's two organisations. */
  cooperation: z.object({ id: z.uuid(), centre: refSchema, partner: refSchema }).nullable(),
  /** The sides of that cooperation the caller belongs to (a person in both may assess for either). */
  sides: z.array(
    refSchema.extend({ role: z.enum(['centre', 'partner']), assessmentId: z.uuid().nullable() }),
  ),
});
