import { z } from 'zod';
import { municipalityQuerySchema } from './schemas';

/** The report's year; the year before is always shown beside it (hence from 2001). */
export const reportQuerySchema = municipalityQuerySchema.extend({
  year: z.coerce
    .number()
    .int('planning.report.validation.year')
    .min(2001, 'planning.report.validation.year')
    .max(2100, 'planning.report.validation.year')
    .meta({ description: 'The report year; the tables compare it with the year before' }),
});

const cellSchema = z.union([z.string(), z.number(), z.null()]);

export const reportTableSchema = z.object({
  key: z.string(),
  title: z.string(),
  sheet: z.string().meta({ description: 'The name of its sheet in the XLSX' }),
  description: z.string(),
  columns: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      kind: z.enum(['text', 'count', 'percent', 'ratio']),
      year: z.number().int().optional(),
      group: z.string().optional(),
    }),
  ),
  rows: z.array(z.array(cellSchema)),
  total: z.array(cellSchema).nullable(),
});

export const planningReportSchema = z
  .object({
    municipality: z.object({ id: z.uuid(), name: z.string() }),
    year: z.number().int(),
    previousYear: z.number().int(),
    generatedAt: z.string(),
    title: z.string(),
    introduction: z.array(z.string()),
    tables: z.array(reportTableSchema),
  })
  .meta({ id: 'PlanningReport' });
