import { z } from 'zod';
import { calendarDateSchema } from '../../http/time-schemas';
import { municipalityQuerySchema } from './schemas';

export const graphQuerySchema = municipalityQuerySchema.extend({
  at: calendarDateSchema.optional().meta({
    description: 'The day whose state is shown (YYYY-MM-DD, Europe/Berlin; default today, not later)',
  }),
  districtId: z
    .uuid()
    .optional()
    .meta({ description: "Only this district's organisations and those they are linked with elsewhere" }),
  kind: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Only family centres and organisations of this partner kind (its key)' }),
});

const nodeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.string().meta({ description: 'Organisation type (family_centre, partner, youth_office, …)' }),
  kinds: z.array(z.string()).meta({ description: 'Partner kind keys' }),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  /** An organisation of another municipality linked with one of this municipality. */
  external: z.boolean(),
  /** With a district filter: linked with the district from outside it. */
  outside: z.boolean(),
  degree: z.int().meta({ description: 'Organisations it is linked with' }),
  centres: z.int().meta({ description: 'Family centres it is linked with' }),
  component: z.int().meta({ description: 'Its connected component (1 = the largest)' }),
});

const edgeSchema = z.object({
  source: z.uuid(),
  target: z.uuid(),
  cooperations: z.int().meta({ description: 'Active cooperations (0 or 1)' }),
  agreements: z.int().meta({ description: 'Agreements in force' }),
  jointOfferings: z.int().meta({ description: 'Offerings organised together and running' }),
  weight: z.int().meta({ description: 'All links together' }),
});

export const graphSchema = z.object({
  municipalityId: z.uuid(),
  at: z.string(),
  districtId: z.uuid().nullable(),
  kind: z.string().nullable(),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  metrics: z.object({
    isolatedCentreIds: z.array(z.uuid()),
    manyCentres: z.int().meta({ description: 'How many centres make a partner one that serves many' }),
    partnersServingManyCentres: z.array(z.object({ id: z.uuid(), centres: z.int() })),
    components: z.object({
      count: z.int().meta({ description: 'Connected parts with at least two organisations' }),
      sizes: z.array(z.int()).meta({ description: 'Their sizes, largest first' }),
      unlinked: z.int().meta({ description: 'Organisations without any link' }),
    }),
  }),
  partnerKinds: z.array(z.object({ key: z.string(), labelDe: z.string(), labelEn: z.string() })),
});

export type GraphQuery = z.infer<typeof graphQuerySchema>;
export type Graph = z.infer<typeof graphSchema>;
