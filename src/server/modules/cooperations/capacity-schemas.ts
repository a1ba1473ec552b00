import { z } from 'zod';
import { mandateAreas } from './schema';

const isoDate = z.iso.date();
const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .meta({ description: 'Calendar month YYYY-MM (Europe/Berlin)' });
// Ranges are checked by the service (422 naming the field), so that bad figures are not a 400.
const hours = z.number().meta({ description: 'Hours per month, 0 … 744, one decimal' });

export const organizationParamsSchema = z.object({ id: z.uuid() });

export const mandateSchema = z.object({
  text: z.string().max(5000),
  areas: z.array(z.enum(mandateAreas)).max(mandateAreas.length),
});

const periodFields = {
  validFrom: isoDate,
  validTo: isoDate.nullable().meta({ description: 'Last day (inclusive); null: open-ended' }),
  districtId: z.uuid().nullable().meta({ description: 'Only for centres of this district; null: anywhere' }),
  hoursPerMonth: hours,
  note: z.string().max(500).nullable(),
};

export const updateCapacitySchema = z
  .object({
    version: z.number().int().min(0).meta({ description: 'The version you read (0 before the first save)' }),
    mandate: mandateSchema,
    periods: z.array(z.object(periodFields)).max(100),
  })
  .meta({
    example: {
      version: 0,
      mandate: {
        text: 'Erziehungs- und Familienberatung für Musterstadt',
        areas: ['educational_counselling'],
      },
      periods: [
        {
          validFrom: '2027-01-01',
          validTo: '2027-12-31',
          districtId: '6a0e7c43-5a3c-4d55-8a43-bd2c5c1c0a10',
          hoursPerMonth: 20,
          note: 'Für die Familienzentren im Bezirk Nord',
        },
      ],
    },
  });

const contributionKinds = ['agreement', 'offering', 'assessment', 'pool', 'allocation'] as const;

export const capacityMonthSchema = z.object({
  month,
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  available: z.number().nullable().meta({ description: 'null: no hours entered for this month' }),
  committed: z.number(),
  planned: z.number(),
  received: z.number().meta({ description: 'Pool hours allocated to this centre' }),
  left: z.number().nullable(),
  isOver: z.boolean().meta({ description: 'committed + planned > available' }),
});

export const capacityItemSchema = z.object({
  kind: z.enum(contributionKinds),
  sourceId: z.uuid(),
  title: z.string(),
  state: z.enum(['committed', 'planned', 'received']),
  path: z.string().meta({ description: 'Where the web app shows it' }),
  districtId: z.uuid().nullable(),
  months: z.array(z.object({ month, hours: z.number() })),
});

export const capacitySchema = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    organizationType: z.string(),
    version: z.number().int(),
    mandate: mandateSchema,
    periods: z.array(z.object({ id: z.uuid(), ...periodFields, districtName: z.string().nullable() })),
    districts: z.array(z.object({ id: z.uuid(), name: z.string() })),
    months: z.array(capacityMonthSchema),
    items: z.array(capacityItemSchema),
    permissions: z.object({ update: z.boolean() }),
  })
  .meta({
    description: 'Mandate, hours per month and the next 12 months: available, committed, planned, left',
  });

export const overviewQuerySchema = z.object({ municipalityId: z.uuid() });

export const capacityOverviewSchema = z.object({
  municipalityId: z.uuid(),
  months: z.array(month),
  items: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      organizationType: z.string(),
      isOverCommitted: z.boolean(),
      monthsOver: z.array(month),
      months: z.array(capacityMonthSchema.omit({ districtName: true })),
    }),
  ),
});
