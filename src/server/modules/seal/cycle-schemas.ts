import { z } from 'zod';
import { calendarDateSchema } from '../../http/time-schemas';
import { cycleSchema } from './schemas';

/** Request and response shapes of the certification cycles (issue 19 §2). */

export const cycleParamsSchema = z.object({ cycleId: z.uuid() });

const reviewYear = z
  .number()
  .int()
  .min(2000)
  .max(2100)
  .meta({ description: 'The review period: this calendar year (1 Jan – 31 Dec)' });
const note = z.string().trim().max(2000);

export const createCycleSchema = z
  .object({
    certifiedOn: calendarDateSchema.meta({ description: 'The day the certificate was issued' }),
    validUntil: calendarDateSchema.optional().meta({
      description: 'The re-certification is due on this date; default: four years after certifiedOn',
    }),
    reviewYear: reviewYear.optional().meta({ description: 'Default: the calendar year before validUntil' }),
    editionId: z.uuid().optional().meta({ description: 'The catalogue edition; default: the current one' }),
    note: note.default(''),
  })
  .meta({
    description: 'Record a certification of the centre or Verbund',
    example: { certifiedOn: '2023-03-15', note: 'Zertifikat vom Institut, Rezertifizierung vereinfacht' },
  });
export type CreateCycleInput = z.infer<typeof createCycleSchema>;

export const updateCycleSchema = z
  .object({
    version: z.number().int().positive(),
    certifiedOn: calendarDateSchema.optional(),
    validUntil: calendarDateSchema.optional(),
    reviewYear: reviewYear.optional(),
    editionId: z.uuid().optional(),
    note: note.optional(),
  })
  .meta({
    description: 'Correct a cycle (send the version you read); fields left out stay as they are',
    example: { version: 1, validUntil: '2027-06-30' },
  });
export type UpdateCycleInput = z.infer<typeof updateCycleSchema>;

export const removeCycleQuerySchema = z.object({
  version: z.coerce.number().int().positive().meta({ description: 'The version you read' }),
});

export const cycleEntrySchema = cycleSchema.extend({
  /** Days from today (Berlin) to validUntil; negative once it has passed. */
  daysLeft: z.number().int(),
  /** `valid`; `dueSoon` within 12 months of validUntil; `overdue` once it has passed. */
  status: z.enum(['valid', 'dueSoon', 'overdue']),
  createdAt: z.iso.datetime({ offset: true }),
  permissions: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type CycleEntry = z.infer<typeof cycleEntrySchema>;

const named = z.object({ id: z.uuid(), name: z.string() });

export const cycleListSchema = z.object({
  subject: named.extend({ type: z.enum(['family_centre', 'network']) }),
  /** The Verbund of a centre: when the centre has no cycle of its own, the Verbund's counts (self-check). */
  verbund: named.nullable(),
  today: calendarDateSchema,
  /** All cycles, newest certification first; the first is the current one. */
  items: z.array(cycleEntrySchema),
  /** The editions a cycle may use (the form's choice), the current one marked. */
  editions: z.array(z.object({ id: z.uuid(), key: z.string(), title: z.string(), current: z.boolean() })),
  permissions: z.object({ manageCycle: z.boolean() }),
});
export type CycleList = z.infer<typeof cycleListSchema>;
