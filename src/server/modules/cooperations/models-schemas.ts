import { z } from 'zod';
import { listQuerySchema, listSchema } from '../../http/pagination';
import { MAX_HOURS_PER_MONTH } from './schema';

/** Request and response shapes of /cooperation-models (issue 17 §5, §8). */

export const cooperationModelSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    /** null: instance-wide; otherwise the municipality the model was added for. */
    municipalityId: z.uuid().nullable(),
    name: z.string().meta({ description: 'In the language of the request' }),
    nameDe: z.string(),
    nameEn: z.string(),
    description: z.string(),
    descriptionDe: z.string(),
    descriptionEn: z.string(),
    typicalHoursPerMonth: z.number().nullable(),
    agreementTemplateKey: z.string().nullable(),
    offeringFormats: z.array(z.string()),
    builtIn: z.boolean(),
    permissions: z.object({}),
  })
  .meta({
    example: {
      id: '9d0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      key: 'consultation_hour',
      municipalityId: null,
      name: 'Sprechstunde im Familienzentrum',
      nameDe: 'Sprechstunde im Familienzentrum',
      nameEn: 'Consultation hour at the centre',
      description: 'Fachkräfte des Partners bieten regelmäßig eine offene Sprechstunde an.',
      descriptionDe: 'Fachkräfte des Partners bieten regelmäßig eine offene Sprechstunde an.',
      descriptionEn: 'The partner’s staff hold a regular open consultation hour at the centre.',
      typicalHoursPerMonth: 4,
      agreementTemplateKey: 'consultation_hour',
      offeringFormats: ['consultation_hour'],
      builtIn: true,
      permissions: {},
    },
  });

export const cooperationModelListSchema = listSchema(cooperationModelSchema).extend({
  permissions: z.object({
    createInstanceWide: z.boolean(),
    createForMunicipalityIds: z.array(z.uuid()),
  }),
});

export const cooperationModelListQuerySchema = listQuerySchema;

const text = (max: number) => z.string().trim().max(max);

export const createCooperationModelSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,49}$/, 'cooperations.validation.modelKey')
      .meta({
        description: 'Lower-case letters, digits and _; unique instance-wide or within the municipality',
      }),
    municipalityId: z.uuid().nullable().default(null).meta({
      description: 'null: instance-wide (instance admins); a municipality: its planners',
    }),
    nameDe: text(200).min(1, 'validation.notBlank'),
    nameEn: text(200).min(1, 'validation.notBlank'),
    descriptionDe: text(4000).default(''),
    descriptionEn: text(4000).default(''),
    typicalHoursPerMonth: z.number().min(0).max(MAX_HOURS_PER_MONTH).nullable().default(null),
    agreementTemplateKey: z.string().max(100).nullable().default(null),
    offeringFormats: z.array(z.string().max(100)).max(20).default([]),
  })
  .meta({
    example: {
      key: 'family_breakfast',
      municipalityId: '1a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
      nameDe: 'Familienfrühstück mit Beratung',
      nameEn: 'Family breakfast with counselling',
      descriptionDe: 'Der Partner ist einmal im Monat beim Familienfrühstück dabei.',
      descriptionEn: 'The partner joins the family breakfast once a month.',
      typicalHoursPerMonth: 3,
      offeringFormats: ['open_cafe'],
    },
  });
export type CreateCooperationModelInput = z.infer<typeof createCooperationModelSchema>;
