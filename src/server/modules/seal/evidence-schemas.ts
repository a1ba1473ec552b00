import { z } from 'zod';
import { calendarDateSchema } from '../../http/time-schemas';

/** Manual evidence (issue 19 §3): a PDF or a note with the date it takes effect and, if any, its expiry. */

/** A PDF scan, minutes or flyer: at most 10 MB (the table's check says the same). */
export const MAX_EVIDENCE_PDF_BYTES = 10 * 1024 * 1024;

const text = (max: number) => z.string().trim().max(max);
const codes = z
  .array(z.string().regex(/^[0-9]{1,2}\.[0-9]{1,2}$/, 'seal.evidence.validation.code'))
  .min(1, 'seal.evidence.validation.criteria')
  .max(30);

export const createEvidenceSchema = z
  .object({
    kind: z.enum(['document', 'note']),
    title: text(200).min(1, 'validation.notBlank'),
    note: text(5000).default(''),
    criteria: codes,
    effectiveOn: calendarDateSchema,
    expiresOn: calendarDateSchema.nullable().default(null),
    /** For a Verbund: the member centre that holds it (default: the subject itself). */
    facilityId: z.uuid().optional(),
    /** The PDF, for kind `document` (base64, like signed agreement scans). */
    document: z
      .object({
        fileName: text(200).min(1, 'validation.notBlank'),
        contentBase64: z.string().max(Math.ceil((MAX_EVIDENCE_PDF_BYTES * 4) / 3) + 1024),
      })
      .optional(),
  })
  .meta({
    description: 'A PDF (kind document, with `document`) or a note, counting for the criteria listed',
    example: { kind: 'note', title: 'Netzwerktreffen März', criteria: ['6.6'], effectiveOn: '2026-03-12' },
  });
export type CreateEvidenceInput = z.infer<typeof createEvidenceSchema>;

export const updateEvidenceSchema = z.object({
  version: z.number().int().positive(),
  title: text(200).min(1, 'validation.notBlank').optional(),
  note: text(5000).optional(),
  criteria: codes.optional(),
  effectiveOn: calendarDateSchema.optional(),
  expiresOn: calendarDateSchema.nullable().optional(),
});
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceSchema>;

export const evidenceParamsSchema = z.object({ id: z.uuid() });
export const versionQuerySchema = z.object({ version: z.coerce.number().int().positive() });

export const manualEvidenceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['document', 'note']),
  facility: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  note: z.string(),
  criteria: z.array(z.string()),
  effectiveOn: calendarDateSchema,
  expiresOn: calendarDateSchema.nullable(),
  /** Whether it counts on the day asked for (effective and not expired). */
  current: z.boolean(),
  fileName: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
  permissions: z.object({ change: z.boolean() }),
});
export type ManualEvidenceView = z.infer<typeof manualEvidenceSchema>;

export const manualEvidenceListSchema = z.object({ items: z.array(manualEvidenceSchema) });
