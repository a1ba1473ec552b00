import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { relationshipStatuses } from '../directory/schema';
import { assessmentDecisions } from './schema';

/** Request and response shapes of /cooperations (issue 17 §1, §8). */

const id = z.uuid();
const named = z.object({ id, name: z.string() });

export const cooperationParamsSchema = z.object({ id });

export const cooperationListQuerySchema = listQuerySchema.extend({
  organizationId: id.optional().meta({ description: 'Only cooperations this organisation is a side of' }),
  status: z.enum(relationshipStatuses).optional(),
  modelId: id.optional(),
});

const sideDecisionSchema = z
  .object({
    organizationId: id,
    assessmentId: id.nullable().meta({ description: "Only for the caller's own side" }),
    decision: z.enum(assessmentDecisions).nullable(),
    decidedOn: z.string().nullable(),
    hoursPerMonth: z.number(),
    isShared: z.boolean(),
    reviewOn: z.string().nullable(),
  })
  .meta({ description: 'A side’s decision: the own side always, the other side only while it shares it' });

export const cooperationPermissionsSchema = z.object({
  readCentreNotes: z.boolean(),
  readPartnerNotes: z.boolean(),
  writePartnerNotes: z.boolean(),
  changeModel: z.boolean(),
  /** Member of a side: the own side's assessment can be opened. */
  assess: z.boolean(),
});

export const modelRefSchema = z.object({ id, key: z.string(), name: z.string() });

export const cooperationItemSchema = z.object({
  id,
  centre: named,
  partner: named.extend({
    kinds: z.array(z.object({ key: z.string(), labelDe: z.string(), labelEn: z.string() })),
  }),
  status: z.enum(relationshipStatuses),
  statusChangedAt: z.date(),
  model: modelRefSchema.nullable(),
  decisions: z.object({ centre: sideDecisionSchema.nullable(), partner: sideDecisionSchema.nullable() }),
  /** The cooperation's version: 0 while nobody has written to it (send it back with PUT). */
  version: z.number().int(),
  permissions: cooperationPermissionsSchema,
});
export type CooperationItem = z.infer<typeof cooperationItemSchema>;

export const timelineKinds = [
  'status_changed',
  'model_changed',
  'decision_shared',
  'sharing_withdrawn',
  'agreement_created',
  'agreement_signed',
  'agreement_ended',
  'offering',
  'room_granted',
  'room_booking',
  'planning_proposal',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const timelineEntrySchema = z.object({
  /** Stable within the timeline: the kind and the id of the record it comes from. */
  id: z.string(),
  at: z.date(),
  kind: z.enum(timelineKinds),
  /** What the entry is about: the agreement's, offering's or booking's title, the room's or model's name, a side. */
  title: z.string(),
  /** A status or decision code where the entry has one (relationship, agreement or offering status, decision). */
  status: z.string().nullable(),
  /** The web app's path of the record, if it has a page. */
  link: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const cooperationModelDetailSchema = modelRefSchema.extend({
  description: z.string(),
  typicalHoursPerMonth: z.number().nullable(),
  agreementTemplateKey: z.string().nullable(),
  offeringFormats: z.array(z.string()),
});

export const cooperationDetailSchema = cooperationItemSchema
  .extend({
    model: cooperationModelDetailSchema.nullable(),
    internalNotes: z
      .string()
      .nullable()
      .optional()
      .meta({ description: "The centre's notes: centre members only" }),
    partnerNotes: z
      .string()
      .nullable()
      .optional()
      .meta({ description: "The partner's notes: partner members only" }),
    nextStep: z
      .object({ text: z.string().nullable(), due: z.string().nullable() })
      .nullable()
      .optional()
      .meta({ description: "The centre's next step in its pipeline: centre members only" }),
    timeline: z.array(timelineEntrySchema).meta({ description: 'Newest first' }),
  })
  .meta({
    example: {
      id: '5f0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      centre: { id: '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d', name: 'Familienzentrum Sonnenblume' },
      partner: {
        id: '8c0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
        name: 'Erziehungsberatungsstelle Musterstadt',
        kinds: [{ key: 'counselling', labelDe: 'Beratungsstelle', labelEn: 'Counselling centre' }],
      },
      status: 'active',
      statusChangedAt: '2026-03-02T09:00:00.000Z',
      model: {
        id: '9d0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
        key: 'consultation_hour',
        name: 'Sprechstunde im Familienzentrum',
        description: 'Fachkräfte des Partners bieten regelmäßig eine offene Sprechstunde an.',
        typicalHoursPerMonth: 4,
        agreementTemplateKey: 'consultation_hour',
        offeringFormats: ['consultation_hour'],
      },
      decisions: { centre: null, partner: null },
      version: 2,
      internalNotes: 'Frau Wolf ist montags erreichbar.',
      nextStep: { text: 'Termin für die erste Sprechstunde abstimmen', due: '2026-12-15' },
      timeline: [
        {
          id: 'agreement_signed:6e0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
          at: '2026-03-02T09:00:00.000Z',
          kind: 'agreement_signed',
          title: 'Offene Sprechstunde der Erziehungsberatung',
          status: 'signed',
          link: '/vereinbarungen/6e0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
        },
      ],
      permissions: {
        readCentreNotes: true,
        readPartnerNotes: false,
        writePartnerNotes: false,
        changeModel: true,
        assess: true,
      },
    },
  });

export const updateCooperationSchema = z
  .object({
    version: z.number().int().min(0).meta({
      description:
        'The cooperation’s `version` as read. A cooperation nobody has written to yet reads version 0: send 0, and the first write creates it with version 1. A stale version answers 409 and changes nothing.',
    }),
    modelId: id
      .nullable()
      .optional()
      .meta({ description: 'Lead/admin of either side; null clears the model' }),
    partnerNotes: z
      .string()
      .trim()
      .max(4000)
      .nullable()
      .optional()
      .meta({ description: "Partner's members only" }),
  })
  .meta({ example: { version: 0, modelId: '9d0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d' } });
export type UpdateCooperationInput = z.infer<typeof updateCooperationSchema>;

export const createCooperationSchema = z
  .object({ centreId: id, partnerId: id, modelId: id.optional() })
  .meta({
    description:
      'Starts a cooperation (status "potential") that does not exist yet: lead/admin of either side',
    example: {
      centreId: '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      partnerId: '8c0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
    },
  });
export type CreateCooperationInput = z.infer<typeof createCooperationSchema>;
