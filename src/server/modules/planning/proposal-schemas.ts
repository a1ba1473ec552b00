import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { planningProposalStatuses } from './schema';
import { municipalityQuerySchema } from './schemas';

/** Request and response shapes of proposals of a cooperation model (issue 18 §6). */

export const proposalParamsSchema = z.object({ id: z.uuid() });

export const proposalListQuerySchema = municipalityQuerySchema.extend({
  ...listQuerySchema.shape,
  status: z.enum(planningProposalStatuses).optional(),
});
export type ProposalListQuery = z.infer<typeof proposalListQuerySchema>;

export const createProposalSchema = z
  .object({
    municipalityId: z.uuid(),
    centreId: z.uuid().meta({ description: 'A family centre of the municipality' }),
    partnerId: z.uuid().meta({ description: 'A partner organisation' }),
    modelId: z.uuid().meta({ description: 'The cooperation model proposed (cooperation_models)' }),
    message: z.string().trim().max(4000).default(''),
    taskId: z.uuid().nullable().default(null).meta({ description: 'The planning task it belongs to' }),
  })
  .meta({
    description:
      'Propose a cooperation model to a family centre and a partner; both sides’ leads are told by e-mail',
    example: {
      municipalityId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      centreId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      partnerId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      modelId: '3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f',
      message: 'Im Nordviertel fehlt Familienbildung: ein Kurs im Zentrum wäre ein guter Anfang.',
      taskId: null,
    },
  });
export type CreateProposalInput = z.infer<typeof createProposalSchema>;

export const versionSchema = z
  .object({ version: z.number().int().positive() })
  .meta({ example: { version: 1 } });

export const answerProposalSchema = z
  .object({
    version: z.number().int().positive(),
    answer: z.enum(['accepted', 'declined']),
  })
  .meta({
    description: 'The answer of the centre’s or the partner’s lead (send the version you read)',
    example: { version: 1, answer: 'accepted' },
  });
export type AnswerProposalInput = z.infer<typeof answerProposalSchema>;

const named = z.object({ id: z.uuid(), name: z.string() });

export const proposalSchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  /** The Jugendamt that proposes it (the municipality's youth office). */
  proposer: z.string(),
  centre: named,
  partner: named,
  model: named.nullable(),
  message: z.string(),
  taskId: z.uuid().nullable(),
  status: z.enum(planningProposalStatuses),
  /** The cooperation page of the pair, when the two already have a relationship. */
  cooperationId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ answer: z.boolean(), withdraw: z.boolean() }),
});
export type ProposalView = z.infer<typeof proposalSchema>;

export const proposalListSchema = z.object({
  items: z.array(proposalSchema),
  nextCursor: z.string().nullable(),
});
