import { z } from 'zod';
import { areaSchema, criterionSchema, editionSummarySchema } from './schemas';

/** Requests and answers of the catalogue part (editions, the import and its dry run). */

export const editionParamsSchema = z.object({ id: z.uuid() });

export const editionListSchema = z.object({
  editions: z.array(editionSummarySchema.extend({ source: z.string(), criteria: z.number().int() })),
  permissions: z.object({
    importEdition: z.boolean().meta({ description: 'May import an edition and make one current' }),
  }),
});

export const importEditionSchema = z
  .object({
    content: z.string().min(1).max(2_000_000).meta({
      description:
        'The file as text. JSON: like editions/2020.json ({ key, title, areas: [...], criteria: [...] }). CSV (";" or ",", UTF-8, byte order mark allowed): one line per area or criterion with the columns Satzart (Bereich/Kriterium), Code, Bereich, Art (Leistungsbereich/Strukturbereich, Basis/Aufbau), Titel (de), Titel (en), Hinweis (de), Hinweis (en), Nachweise (Angebot|Vereinbarung|Kooperation|Raum|Dokument), Partnerarten, Mindestzahl Basis, Mindestzahl Aufbau, geschätzt — or the English names record, code, area, kind, title_de, title_en, hint_de, hint_en, evidence, partner_kinds, min_basic, min_advanced, minimums_estimated.',
    }),
    fileName: z.string().max(200).default(''),
    format: z
      .enum(['json', 'csv'])
      .optional()
      .meta({ description: 'Else guessed from the file name and content' }),
    key: z.string().max(100).optional().meta({
      description: 'The edition\'s name, e.g. "2025" (needed for CSV; overrides the JSON file\'s key)',
    }),
    title: z.string().max(300).optional().meta({ description: "Overrides the JSON file's title" }),
  })
  .meta({
    example: {
      fileName: 'katalog-2025.csv',
      key: '2025',
      title: 'Gütesiegel Familienzentrum NRW, Ausgabe 2025',
      content:
        'Satzart;Code;Bereich;Art;Titel (de);Titel (en);Nachweise;Partnerarten;Mindestzahl Basis;Mindestzahl Aufbau\nBereich;;6;Strukturbereich;Kooperation und Organisation;Cooperation and organisation;;;1;0\nKriterium;6.1;6;Basis;Vereinbarung mit einer Beratungsstelle;Agreement with a counselling service;Vereinbarung;counselling;;\n',
    },
  });

export const catalogueProblemSchema = z.object({
  line: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The line of the file (1-based); null for the key or title' }),
  message: z.string().meta({ description: 'Localised, naming the line' }),
});

export const editionPreviewSchema = z.object({
  valid: z.boolean(),
  format: z.enum(['json', 'csv']),
  /** The edition as it would be imported; null while the file has problems. */
  edition: z
    .object({
      key: z.string(),
      title: z.string(),
      areas: z.array(areaSchema),
      criteria: z.array(criterionSchema),
    })
    .nullable(),
  problems: z.array(catalogueProblemSchema),
});
