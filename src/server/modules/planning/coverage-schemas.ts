import { z } from 'zod';
import { municipalityQuerySchema } from './schemas';

/** The Berlin calendar year now: the default of every year parameter. */
export const currentYear = () =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date()));

const yearSchema = z.coerce
  .number({ error: 'planning.coverage.year' })
  .int('planning.coverage.year')
  .min(2000, 'planning.coverage.year')
  .max(2100, 'planning.coverage.year')
  .optional()
  .transform((year) => year ?? currentYear())
  .meta({ description: 'Calendar year (Europe/Berlin); default: the current one' });

export const coverageQuerySchema = municipalityQuerySchema.extend({ year: yearSchema });

export const stateAggregatesQuerySchema = z.object({
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'planning.stateAggregates.state')
    .optional()
    .meta({
      description: "The state (two letters, e.g. NW); default: the state of the caller's Landesjugendamt",
      example: 'NW',
    }),
  year: yearSchema,
});

const offeringFiguresSchema = z.object({
  offerings: z.number().int().meta({ description: 'Offerings with at least one session that ran (or runs)' }),
  sessions: z.number().int(),
  hours: z.number().meta({ description: 'Session hours' }),
});
const offeringBreakdownSchema = z.object({
  year: offeringFiguresSchema,
  quarters: z.array(offeringFiguresSchema).length(4).meta({ description: 'Q1 … Q4' }),
});
const cooperationFiguresSchema = z.object({
  cooperations: z.number().int(),
  centres: z.number().int().meta({ description: 'Centres with at least one of them' }),
});

export const districtCoverageSchema = z.object({
  districtId: z.uuid().nullable().meta({ description: 'null: organisations without a district' }),
  districtName: z.string().nullable(),
  centres: z.number().int(),
  partners: z.number().int(),
  partnersByKind: z.record(z.string(), z.number().int()),
  cooperations: cooperationFiguresSchema.extend({
    byPriorityKind: z.record(z.string(), cooperationFiguresSchema),
  }),
  offerings: offeringBreakdownSchema.extend({
    byFormat: z.record(z.string(), offeringBreakdownSchema),
    byTargetGroup: z.record(z.string(), offeringBreakdownSchema),
    byTheme: z.record(z.string(), offeringBreakdownSchema),
    byAgeBand: z.record(z.string(), offeringBreakdownSchema),
  }),
  rooms: z.object({
    rooms: z.number().int(),
    places: z.number().int(),
    bookableHours: z.number(),
    bookedHours: z.number(),
    utilisation: z.number().nullable(),
  }),
  partnerHours: z.object({
    partners: z
      .number()
      .int()
      .meta({ description: 'Partners with a capacity entry that committed hours here' }),
    committedHours: z.number().meta({ description: 'Hours committed over the year' }),
    availableHours: z.number().meta({ description: 'Hours entered for this district over the year' }),
  }),
});

const yearCoverageSchema = z.object({
  year: z.number().int(),
  at: z.iso.datetime({ offset: true }).meta({ description: 'Cooperations count as active at this instant' }),
  districts: z.array(districtCoverageSchema),
  total: districtCoverageSchema,
});

export const coverageSchema = z.object({
  municipalityId: z.uuid(),
  priorityKinds: z.array(z.string()),
  current: yearCoverageSchema,
  previous: yearCoverageSchema.meta({ description: 'The year before, for trends' }),
});

export const stateAggregatesSchema = z.object({
  state: z.string(),
  year: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  priorityKinds: z.array(z.string()),
  items: z.array(
    z.object({
      municipalityId: z.uuid(),
      name: z.string(),
      districts: z.number().int(),
      centres: z.number().int(),
      partners: z.number().int(),
      cooperations: z.number().int(),
      centresWithPriorityKind: z.record(z.string(), z.number().int()),
      offerings: z.number().int(),
      sessions: z.number().int(),
      sessionHours: z.number(),
      rooms: z.number().int(),
      utilisation: z.number().nullable(),
      cooperationsPerCentre: z.number().nullable(),
      offeringsPerCentre: z.number().nullable(),
      shareOfCentresWithPriorityKind: z.record(z.string(), z.number().nullable()),
    }),
  ),
});
