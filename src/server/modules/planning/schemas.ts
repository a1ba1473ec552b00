import { z } from 'zod';

/** Every planning endpoint names the municipality it plans (decision 016). */
export const municipalityQuerySchema = z.object({
  municipalityId: z
    .uuid()
    .meta({ description: 'The municipality planned (its planners and instance admins)' }),
});

export const plannableMunicipalitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  state: z.string(),
  districts: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const plannableMunicipalitiesSchema = z.object({ items: z.array(plannableMunicipalitySchema) });
