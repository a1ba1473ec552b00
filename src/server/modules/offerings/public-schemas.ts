import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import {
  dateString,
  language,
  offeringContentSchema,
  offeringFormatSchema,
  offeringSchema,
  placeOutSchema,
  scheduleSchema,
  targetGroupKeys,
} from './schemas';

/** The finder and page for families (no sign-in): the offering's content, where, when and who runs it. */

export const publicOfferingQuerySchema = listQuerySchema.extend({
  q: z.string().trim().max(200, 'validation.queryTooLong').optional(),
  targetGroup: z.enum(targetGroupKeys).optional(),
  age: z.coerce.number().int().min(0).max(27).optional().meta({ description: 'Age of the child in years' }),
  language: language.optional(),
  format: offeringFormatSchema.optional(),
  districtId: z.uuid().optional(),
  municipalityId: z.uuid().optional(),
  from: dateString.optional().meta({ description: 'Local date; default today' }),
  to: dateString.optional().meta({ description: 'Local date (inclusive)' }),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'validation.postalCode')
    .optional(),
  radiusKm: z.coerce.number().positive().max(100, 'validation.radiusKm').optional(),
});
export type PublicOfferingQuery = z.infer<typeof publicOfferingQuerySchema>;

const runBySchema = z.object({
  lead: z.object({ id: z.uuid(), name: z.string() }),
  with: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const publicPlaceSchema = placeOutSchema.omit({ roomId: true });
export type PublicPlace = z.infer<typeof publicPlaceSchema>;

export const publicOfferingSummarySchema = offeringContentSchema
  .pick({ id: true, title: true })
  .extend({
    summary: z
      .string()
      .meta({ description: 'Plain-language text when given, else the start of the description' }),
  })
  .extend(
    offeringContentSchema.pick({
      format: true,
      targetGroups: true,
      ageFrom: true,
      ageTo: true,
      languages: true,
      feeCents: true,
    }).shape,
  )
  .extend({
    place: publicPlaceSchema,
    // A string: the database writes the finder's items (public-repo.ts).
    nextSessionAt: z.iso.datetime().nullable().meta({ description: 'First session in the date range' }),
    distanceKm: z.number().nullable(),
    runBy: runBySchema,
  });

export type PublicOfferingSummary = z.infer<typeof publicOfferingSummarySchema>;

export const publicOfferingListSchema = z.object({
  items: z.array(publicOfferingSummarySchema),
  nextCursor: z.string().nullable(),
  origin: z.object({ postcode: z.string(), name: z.string(), lat: z.number(), lng: z.number() }).nullable(),
  /**
   * How the words matched: `exact`, or `similar` when nothing matched exactly and titles with a similar word
   * (a typo) are shown instead; null without words.
   */
  textMatch: z.enum(['exact', 'similar']).nullable(),
});

export const publicOfferingSchema = offeringContentSchema.extend({
  status: offeringSchema.shape.status,
  place: publicPlaceSchema,
  schedules: z.array(scheduleSchema.omit({ id: true })),
  sessions: z
    .array(z.object({ startsAt: z.date(), endsAt: z.date(), cancelled: z.boolean(), moved: z.boolean() }))
    .meta({ description: 'Upcoming dates (at most 100), cancelled ones marked' }),
  runBy: runBySchema,
  calendarUrl: z.string().meta({ description: 'Path of the iCalendar feed of this offering' }),
});

export const publicOptionsSchema = z.object({
  formats: z.array(offeringFormatSchema),
  targetGroups: z.array(z.string()),
  languages: z.array(z.string()).meta({ description: 'Languages of public offerings' }),
  districts: z.array(z.object({ id: z.uuid(), name: z.string(), municipalityName: z.string() })),
});
