import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  assessmentDecisions,
  MAX_HOURS_PER_MONTH,
  mandateAreas,
} from '../src/server/modules/cooperations/schema';
import { fromProjectRoot } from '../src/server/paths';

/**
 * The cooperations demo data of Musterstadt as it lies in demo/musterstadt/cooperations.json (mandates,
 * capacity periods, models, the Sonnenblume's own assessment questions, the EB pool) and
 * demo/musterstadt/assessments.json (each side's assessments with their revisions). Organisations are
 * named by their keys, people by their demo e-mail, dates as days before (or after) loading except the
 * capacity periods and the pool, whose calendar dates are what the story is about.
 */

const key = z.string().regex(/^[a-z0-9-]+$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hours = z.number().min(0).max(MAX_HOURS_PER_MONTH);
const days = z.number().int().min(0);

const cooperationsFileSchema = z.object({
  mandates: z.array(
    z.object({ organization: key, areas: z.array(z.enum(mandateAreas)).min(1), text: z.string().min(20) }),
  ),
  capacities: z.array(
    z.object({
      organization: key,
      district: key.nullable(),
      from: isoDate,
      to: isoDate.nullable(),
      hours,
      note: z.string().nullable(),
    }),
  ),
  models: z.array(
    z.object({
      centre: key,
      partner: key,
      model: z.string(),
      /** The model before the last change: a `model_changed` event `changedDaysAgo` by `by`. */
      previous: z.string().optional(),
      changedDaysAgo: days.optional(),
      by: z.email().optional(),
      partnerNotes: z.string().optional(),
    }),
  ),
  questions: z.object({
    organization: key,
    items: z.array(
      z.object({
        key,
        kind: z.enum(['scale', 'text']),
        label: z.string().min(1),
        hint: z.string().nullable(),
      }),
    ),
  }),
  pool: z.object({
    partner: key,
    title: z.string().min(1),
    hours: hours.positive(),
    from: isoDate,
    to: isoDate,
    districts: z.array(key),
    needWeights: z.record(key, z.number().positive()),
    createdBy: z.email(),
    createdDaysAgo: days,
    confirmedBy: z.email(),
    confirmedDaysAgo: days,
    requests: z.array(
      z.object({ centre: key, hours: hours.positive(), by: z.email(), reason: z.string().min(1) }),
    ),
    allocations: z.array(z.object({ centre: key, hours })),
  }),
});

const scale = z.number().int().min(1).max(5).nullable();
const revisionSchema = z.object({
  daysAgo: days,
  by: z.email(),
  mandateFit: scale,
  mandateFitText: z.string().nullable(),
  familyBenefit: scale,
  familyBenefitText: z.string().nullable(),
  mandateBenefit: scale,
  mandateBenefitText: z.string().nullable(),
  hours: z.object({ preparation: hours, delivery: hours, coordination: hours, travel: hours }),
  risks: z.string().nullable(),
  decision: z.enum(assessmentDecisions).nullable(),
  decidedBy: z.email().optional(),
  reviewInDays: z.number().int().positive().optional(),
  /** Answers to the assessing organisation's own questions, by the question's key. */
  answers: z.record(key, z.union([z.number().int().min(1).max(5), z.string()])).optional(),
});

const assessmentSchema = z
  .object({
    centre: key,
    partner: key,
    side: z.enum(['centre', 'partner']),
    shared: z.boolean(),
    /** Oldest first; the last one is the current revision. */
    revisions: z.array(revisionSchema).min(1),
  })
  .refine((a) => !a.shared || a.revisions[a.revisions.length - 1]?.decision, {
    message: 'only a decision can be shared',
  });

export type CooperationsFile = z.infer<typeof cooperationsFileSchema>;
export type DemoAssessment = z.infer<typeof assessmentSchema>;
export type DemoRevision = z.infer<typeof revisionSchema>;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(fromProjectRoot('demo', 'musterstadt', file), 'utf8');
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`demo/musterstadt/${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function readMusterstadtCooperations(): CooperationsFile & { assessments: DemoAssessment[] } {
  return {
    ...readJson('cooperations.json', cooperationsFileSchema),
    assessments: readJson('assessments.json', z.array(assessmentSchema)),
  };
}

/** The total of a revision's four hour fields: what a "go" plans per month. */
export function revisionHours(revision: DemoRevision): number {
  const { preparation, delivery, coordination, travel } = revision.hours;
  return preparation + delivery + coordination + travel;
}
