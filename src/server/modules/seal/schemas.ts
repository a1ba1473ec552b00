import { z } from 'zod';
import { calendarDateSchema } from '../../http/time-schemas';
import { sealCriterionKinds, sealEvidenceKinds } from './schema';

/**
 * The seal module's shared answers (decision 017): the catalogue, a cycle and the self-check. The web pages,
 * the report PDF and the bundle all read the one self-check model below, so they cannot disagree.
 */

export const subjectPathSchema = z.object({
  id: z.uuid().meta({ description: 'A family centre or a Verbund (organisation of type network)' }),
});

export const editionSummarySchema = z.object({
  id: z.uuid(),
  key: z.string().meta({ description: 'The edition as the field names it, e.g. "2020"' }),
  title: z.string(),
  current: z.boolean(),
  builtIn: z.boolean(),
  importedAt: z.iso.datetime({ offset: true }),
});

export const areaSchema = z.object({
  number: z.number().int(),
  kind: z.enum(['performance', 'structure']),
  nameDe: z.string(),
  nameEn: z.string(),
  minBasic: z.number().int(),
  minAdvanced: z.number().int(),
  minimumsEstimated: z
    .boolean()
    .meta({ description: 'The minimum counts are a plausible estimate, to be replaced by a new edition' }),
});

export const criterionSchema = z.object({
  code: z.string().meta({ description: 'e.g. "6.2"' }),
  area: z.number().int(),
  kind: z.enum(sealCriterionKinds),
  titleDe: z.string(),
  titleEn: z.string(),
  hintDe: z.string(),
  hintEn: z.string(),
  evidence: z.array(z.enum(sealEvidenceKinds)),
  partnerKinds: z.array(z.string()),
});

export const editionSchema = editionSummarySchema.extend({
  areas: z.array(areaSchema),
  criteria: z.array(criterionSchema),
});

export const cycleSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  edition: z.object({ id: z.uuid(), key: z.string(), title: z.string() }),
  certifiedOn: calendarDateSchema,
  validUntil: calendarDateSchema.meta({ description: 'The re-certification is due on this date' }),
  reviewYear: z.number().int().meta({ description: 'The review period: this calendar year' }),
  note: z.string(),
  version: z.number().int(),
});

/** One piece of evidence as the self-check shows it; manual items carry their id for download and removal. */
export const evidenceItemSchema = z.object({
  kind: z.enum([...sealEvidenceKinds, 'note']),
  /** The offering, agreement, cooperation, room grant or manual evidence. */
  id: z.uuid(),
  title: z.string(),
  /** The facility the evidence belongs to (a Verbund shows its members' evidence per facility). */
  facility: z.object({ id: z.uuid(), name: z.string() }),
  /** When it took effect (first session in the period, agreement start, cooperation since, manual date). */
  from: calendarDateSchema.nullable(),
  /** When it ends or expires, if it does. */
  until: calendarDateSchema.nullable(),
  expiresBeforeDue: z.boolean(),
  /** The web page where it lives, e.g. "/angebote/…" or "/vereinbarungen/…". */
  link: z.string(),
  /** For manual documents: GET /api/v1/seal/evidence/{id}/file. */
  hasFile: z.boolean(),
});

export const criterionCheckSchema = criterionSchema.extend({
  met: z.boolean(),
  evidence: z.array(evidenceItemSchema),
});

export const areaCheckSchema = areaSchema.extend({
  basicMet: z.number().int(),
  advancedMet: z.number().int(),
  /** Both minimum counts reached. */
  met: z.boolean(),
  criteria: z.array(criterionCheckSchema),
});

export const warningSchema = z.object({
  kind: z.enum(['agreementEnded', 'offeringOutsidePeriod', 'expiresBeforeDue', 'dueSoon', 'overdue']),
  /** The localised text (Accept-Language), ready to show. */
  message: z.string(),
  criteria: z.array(z.string()),
  link: z.string().nullable(),
});

export const missingSchema = z.object({
  area: z.number().int(),
  /** The unmet criterion, or null when an area's minimum count is what is missing. */
  code: z.string().nullable(),
  /** The localised gap ("Keine aktive Kooperation mit einer Familienbildungsstätte"). */
  message: z.string(),
  /** The suggested next step and where to take it. */
  step: z.string(),
  link: z.string(),
});

export const selfCheckSchema = z.object({
  subject: z.object({
    id: z.uuid(),
    name: z.string(),
    type: z.enum(['family_centre', 'network']),
    /** The facilities whose evidence counts: the centre itself, or a Verbund's members. */
    facilities: z.array(z.object({ id: z.uuid(), name: z.string() })),
  }),
  /** The current cycle; null when none is recorded yet (the self-check then uses the current edition). */
  cycle: cycleSchema.nullable(),
  edition: z.object({ id: z.uuid(), key: z.string(), title: z.string() }),
  reviewPeriod: z.object({ year: z.number().int(), from: calendarDateSchema, to: calendarDateSchema }),
  /** The day agreements and cooperations are checked at (today unless `at` was given). */
  at: calendarDateSchema,
  areas: z.array(areaCheckSchema),
  warnings: z.array(warningSchema),
  missing: z.array(missingSchema),
  summary: z.object({
    areasMet: z.number().int(),
    areas: z.number().int(),
    criteriaMet: z.number().int(),
    criteria: z.number().int(),
  }),
  permissions: z.object({
    manageCycle: z.boolean(),
    addEvidence: z.boolean(),
    downloadBundle: z.boolean(),
  }),
});

export type SelfCheck = z.infer<typeof selfCheckSchema>;
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
