import { z } from 'zod';
import { municipalityQuerySchema } from './schemas';

const year = z.coerce.number().int().min(2000).max(2100).meta({ description: 'Calendar year' });
const count = z.number().int().min(0).max(10_000_000).nullable();
// In the form a figure left out is unknown (null), like an empty field.
const optional = <T extends z.ZodType>(schema: T) => schema.optional();
const share = z
  .number()
  .min(0)
  .max(100)
  .nullable()
  .meta({ description: 'Percent of the district’s families, one decimal' });

export const needFiguresQuerySchema = municipalityQuerySchema.extend({ year });

const figureFields = {
  childrenUnder3: count.meta({ description: 'Children under 3' }),
  children3To6: count.meta({ description: 'Children from 3 to under 6' }),
  sgb2SharePercent: share,
  singleParentHouseholds: count.meta({ description: 'Single-parent households' }),
  migrationSharePercent: share,
};

export const needFiguresSchema = z.object({
  year: z.number().int(),
  years: z.array(z.number().int()).meta({ description: 'Years with any figures, newest first' }),
  items: z.array(
    z.object({
      districtId: z.uuid(),
      districtName: z.string(),
      year: z.number().int(),
      recorded: z.boolean().meta({ description: 'false: nothing entered for this year' }),
      ...figureFields,
      source: z.string(),
      version: z.number().int().meta({ description: '0: nothing recorded yet' }),
    }),
  ),
});

export const saveNeedFiguresSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().max(300).default(''),
    items: z
      .array(
        z.object({
          districtId: z.uuid(),
          version: z.number().int().min(0).meta({ description: 'The version you read (0: none yet)' }),
          childrenUnder3: optional(figureFields.childrenUnder3),
          children3To6: optional(figureFields.children3To6),
          sgb2SharePercent: optional(figureFields.sgb2SharePercent),
          singleParentHouseholds: optional(figureFields.singleParentHouseholds),
          migrationSharePercent: optional(figureFields.migrationSharePercent),
        }),
      )
      .min(1)
      .max(500),
  })
  .meta({
    example: {
      year: 2026,
      source: 'Statistikstelle, Stand 31.12.2025',
      items: [
        {
          districtId: '6a0e7c43-5a3c-4d55-8a43-bd2c5c1c0a10',
          version: 0,
          childrenUnder3: 412,
          children3To6: 398,
          sgb2SharePercent: 18.5,
          singleParentHouseholds: 260,
          migrationSharePercent: 41.2,
        },
      ],
    },
  });

export const importNeedFiguresSchema = z
  .object({
    csv: z.string().min(1).max(1_000_000).meta({
      description:
        'CSV (comma or semicolon, decimal point or comma), a header line naming the columns: Sozialraum, Jahr, Kinder unter 3, Kinder 3 bis 6, SGB-II-Anteil, Alleinerziehende, Migrationsanteil (or district, year, childrenUnder3, children3To6, sgb2Share, singleParentHouseholds, migrationShare). A figure column left out keeps the stored figures; an empty cell is unknown.',
    }),
    year: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .meta({ description: 'The year of every line when the file has no year column' }),
    source: z.string().max(300).default(''),
  })
  .meta({
    example: {
      csv: 'Sozialraum;Jahr;Kinder unter 3;Kinder 3 bis 6;SGB-II-Anteil;Alleinerziehende;Migrationsanteil\nAltstadt;2026;412;398;18,5;260;41,2\n',
      source: 'Statistikstelle 2026',
    },
  });

export const needFiguresImportedSchema = z.object({
  imported: z.number().int().meta({ description: 'Lines written' }),
  years: z.array(z.number().int()),
  columns: z.array(z.string()).meta({ description: 'The figures the file had' }),
});
