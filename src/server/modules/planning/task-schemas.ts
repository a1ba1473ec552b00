import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema } from '../../http/time-schemas';
import { planningTaskStatuses } from './schema';
import { municipalityQuerySchema } from './schemas';

/** Request and response shapes of planning tasks (issue 18 §6). */

const nullableUuid = (description: string) => z.uuid().nullable().meta({ description });

const taskFields = {
  title: z.string().trim().min(1, 'validation.notBlank').max(200),
  description: z.string().trim().max(4000),
  source: z.string().trim().min(1).max(300).nullable().meta({
    description: 'What the task came from: the key of a gap or overlap',
    example: 'no-cooperation:family_education:centre:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  }),
  districtId: nullableUuid('The district (Sozialraum) it concerns'),
  organizationId: nullableUuid('The organisation (centre or partner) it concerns'),
  ownerId: nullableUuid('Who does it: a member of the municipality’s Jugendamt'),
  dueOn: calendarDateSchema.nullable(),
  status: z.enum(planningTaskStatuses),
};

export const taskParamsSchema = z.object({ id: z.uuid() });

export const taskListQuerySchema = municipalityQuerySchema.extend({
  ...listQuerySchema.shape,
  status: z.enum(planningTaskStatuses).optional(),
  source: z.string().max(300).optional().meta({ description: 'Only tasks made from this gap key' }),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const createTaskSchema = z
  .object({
    municipalityId: z.uuid(),
    title: taskFields.title,
    description: taskFields.description.default(''),
    source: taskFields.source.default(null),
    districtId: taskFields.districtId.default(null),
    organizationId: taskFields.organizationId.default(null),
    ownerId: taskFields.ownerId.default(null),
    dueOn: taskFields.dueOn.default(null),
    status: taskFields.status.default('open'),
  })
  .meta({
    description: 'A planning task, usually made from a gap (its key as `source`)',
    example: {
      municipalityId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      title: 'Familienbildung für das FZ Pusteblume gewinnen',
      description: 'Mit der FBS über einen Kurs im Zentrum sprechen.',
      source: 'no-cooperation:family_education:centre:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      districtId: null,
      organizationId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      ownerId: null,
      dueOn: '2027-03-31',
      status: 'open',
    },
  });
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

export const updateTaskSchema = z
  .object({
    version: z.number().int().positive(),
    title: taskFields.title.optional(),
    description: taskFields.description.optional(),
    districtId: taskFields.districtId.optional(),
    organizationId: taskFields.organizationId.optional(),
    ownerId: taskFields.ownerId.optional(),
    dueOn: taskFields.dueOn.optional(),
    status: taskFields.status.optional(),
  })
  .meta({
    description: 'Change a task (send the version you read); fields left out stay as they are',
    example: { version: 1, status: 'in_progress' },
  });
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

const named = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const taskSchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  title: z.string(),
  description: z.string(),
  source: z.string().nullable(),
  district: named,
  organization: named,
  owner: named,
  dueOn: z.string().nullable(),
  status: z.enum(planningTaskStatuses),
  /** Due and not done: the page marks it (with text, not colour alone). */
  overdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ update: z.boolean() }),
});
export type TaskView = z.infer<typeof taskSchema>;

export const taskListSchema = z.object({
  items: z.array(taskSchema),
  nextCursor: z.string().nullable(),
  /** Who may own a task: the members of the municipality's Jugendamt (the form's choice). */
  owners: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
