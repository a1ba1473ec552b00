import { z } from 'zod';
import { MAX_FEATURES } from './geojson';

const position = z.tuple([z.number(), z.number()]).meta({ description: '[longitude, latitude] (WGS84)' });
const ring = z.array(position);

export const boundaryGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
]);

const districtRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const boundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.uuid(),
      properties: z.object({
        districtId: z.uuid(),
        name: z.string(),
        source: z.string(),
        importedAt: z.string().meta({ description: 'ISO 8601' }),
      }),
      geometry: boundaryGeometrySchema.meta({
        description: 'The simplified copy for maps (~5 m tolerance, 6 decimals)',
      }),
    }),
  ),
  districtsWithout: z
    .array(districtRefSchema)
    .meta({ description: 'Districts of the municipality without a boundary yet' }),
});

export const importBoundariesSchema = z
  .object({
    geojson: z.unknown().meta({
      description: `A GeoJSON FeatureCollection in WGS84 (EPSG:4326), one Polygon or MultiPolygon feature per district (at most ${MAX_FEATURES}), named like the district. Checked feature by feature (closed rings, no self-intersection); any problem answers 400 naming the features and nothing is written.`,
    }),
    nameProperty: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: "The feature property holding the district's name (default: name)" }),
    source: z.string().max(300).optional().meta({ description: 'Where the file comes from' }),
  })
  .meta({
    example: {
      source: 'Statistikstelle Musterstadt 2026',
      geojson: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Altstadt' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [7.436, 51.491],
                  [7.466, 51.491],
                  [7.466, 51.509],
                  [7.436, 51.509],
                  [7.436, 51.491],
                ],
              ],
            },
          },
        ],
      },
    },
  });

export const boundariesImportedSchema = z.object({
  imported: z.array(
    z.object({
      districtId: z.uuid(),
      name: z.string(),
      positions: z.number().int().meta({ description: 'Vertices in the file' }),
      webPositions: z.number().int().meta({ description: 'Vertices of the simplified copy' }),
    }),
  ),
  districtsWithout: z.array(districtRefSchema),
});
