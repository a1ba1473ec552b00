import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema } from '../../http/time-schemas';
import { accessibilityKeys, targetGroupKeys } from '../directory/schemas';
import { offeringFormats, offeringStatuses, registrationModes, responsibilityKeys } from './schema';

export { accessibilityKeys, targetGroupKeys };

export const offeringFormatSchema = z.enum(offeringFormats);
export const offeringStatusSchema = z.enum(offeringStatuses);
export const responsibilitySchema = z.enum(responsibilityKeys);

const dateString = calendarDateSchema;
const timeString = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
const language = z.string().regex(/^[a-z]{2,3}$/, 'validation.language');
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const organizerInputSchema = z.object({
  organizationId: z.uuid(),
  responsibilities: z.array(responsibilitySchema).max(responsibilityKeys.length),
  otherResponsibilities: optionalText(300).meta({ description: 'Free text beyond the fixed list' }),
});

export const scheduleInputSchema = z
  .object({
    startDate: dateString.meta({ description: 'First (or only) date, local Europe/Berlin' }),
    startTime: timeString.meta({ description: 'Local wall-clock time, Europe/Berlin' }),
    endTime: timeString.meta({ description: 'Local end time on the same day (after startTime)' }),
    rrule: z
      .string()
      .trim()
      .max(500)
      .nullable()
      .optional()
      .meta({
        description:
          'RFC 5545 RRULE without DTSTART, e.g. "FREQ=WEEKLY;COUNT=8"; null or missing = a single date. ' +
          'Needs COUNT or UNTIL within 2 years.',
        example: 'FREQ=WEEKLY;COUNT=8',
      }),
    exdates: z
      .array(dateString)
      .max(200)
      .default([])
      .meta({ description: 'Local dates on which the rule does not take place (holidays)' }),
  })
  .meta({
    example: {
      startDate: '2027-03-01',
      startTime: '10:00',
      endTime: '12:00',
      rrule: 'FREQ=WEEKLY;COUNT=8',
      exdates: [],
    },
  });
export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

export const registrationSchema = z.object({
  mode: z.enum(registrationModes).meta({ description: 'none | phone_email | online (link)' }),
  phone: text(50).nullable().default(null),
  email: z.email('validation.email').max(254).nullable().default(null),
  url: z.url('validation.url').max(500).nullable().default(null),
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  waitlistCount: z.number().int().min(0).max(10_000).nullable().default(null),
  note: text(500).nullable().default(null),
});

export const placeSchema = z.object({
  name: text(200).nullable().default(null).meta({ description: 'e.g. "Gemeindesaal St. Marien"' }),
  street: text(200).nullable().default(null),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'validation.postalCode')
    .nullable()
    .default(null),
  city: text(100).nullable().default(null),
  lat: z.number().min(-90, 'validation.latitude').max(90, 'validation.latitude').nullable().default(null),
  lng: z.number().min(-180, 'validation.longitude').max(180, 'validation.longitude').nullable().default(null),
  districtId: z.uuid().nullable().default(null),
  roomId: z
    .uuid()
    .nullable()
    .default(null)
    .meta({ description: 'A room of the rooms module, once it exists' }),
});
export type PlaceInput = z.infer<typeof placeSchema>;

const offeringFieldsSchema = z.object({
  title: z.string().trim().min(1, 'validation.notBlank').max(200),
  description: text(5000).default(''),
  plainDescription: optionalText(3000).meta({ description: 'Leichte Sprache version for families' }),
  format: offeringFormatSchema,
  themes: z.array(text(60).min(1)).max(20).default([]),
  targetGroups: z.array(z.enum(targetGroupKeys)).max(targetGroupKeys.length).default([]),
  ageFrom: z.number().int().min(0).max(27).nullable().default(null).meta({ description: 'years' }),
  ageTo: z.number().int().min(0).max(27).nullable().default(null).meta({ description: 'years' }),
  languages: z.array(language).max(20).default(['de']),
  feeCents: z.number().int().min(0).max(1_000_000).default(0),
  reducedFeeCents: z.number().int().min(0).max(1_000_000).nullable().default(null),
  feeNote: optionalText(500).meta({ description: 'Who gets the reduction, e.g. "mit Familienpass frei"' }),
  registration: registrationSchema.default({
    mode: 'none',
    phone: null,
    email: null,
    url: null,
    capacity: null,
    waitlistCount: null,
    note: null,
  }),
  accessibility: z.array(z.enum(accessibilityKeys)).max(accessibilityKeys.length).default([]),
  accessibilityNote: optionalText(500),
  sealCriteria: z
    .array(z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'offerings.validation.sealCriterion'))
    .max(30)
    .default([])
    .meta({ description: 'Quality-seal criterion codes such as "6.2"' }),
  isPublic: z.boolean().default(false),
  place: placeSchema.default({
    name: null,
    street: null,
    postalCode: null,
    city: null,
    lat: null,
    lng: null,
    districtId: null,
    roomId: null,
  }),
  organizers: z
    .array(organizerInputSchema)
    .min(1)
    .max(10)
    .meta({ description: 'All co-organisers with their responsibilities; exactly one carries "lead"' }),
  schedules: z.array(scheduleInputSchema).max(20).default([]),
});

export const createOfferingSchema = offeringFieldsSchema.meta({
  example: {
    title: 'Starke Eltern – starke Kinder',
    format: 'course_series',
    targetGroups: ['age_3_6'],
    isPublic: true,
    organizers: [
      { organizationId: '00000000-0000-4000-8000-000000000001', responsibilities: ['lead', 'room'] },
      { organizationId: '00000000-0000-4000-8000-000000000002', responsibilities: ['content', 'staff'] },
    ],
    schedules: [
      { startDate: '2027-03-01', startTime: '10:00', endTime: '12:00', rrule: 'FREQ=WEEKLY;COUNT=8' },
    ],
  },
});
export type CreateOfferingInput = z.infer<typeof createOfferingSchema>;

/** Every field optional; `version` is the one read (409 when stale). */
export const updateOfferingSchema = z.object({
  version: z.number().int().positive(),
  title: offeringFieldsSchema.shape.title.optional(),
  description: text(5000).optional(),
  plainDescription: optionalText(3000),
  format: offeringFormatSchema.optional(),
  themes: z.array(text(60).min(1)).max(20).optional(),
  targetGroups: z.array(z.enum(targetGroupKeys)).max(targetGroupKeys.length).optional(),
  ageFrom: z.number().int().min(0).max(27).nullable().optional(),
  ageTo: z.number().int().min(0).max(27).nullable().optional(),
  languages: z.array(language).max(20).optional(),
  feeCents: z.number().int().min(0).max(1_000_000).optional(),
  reducedFeeCents: z.number().int().min(0).max(1_000_000).nullable().optional(),
  feeNote: optionalText(500),
  registration: registrationSchema.optional(),
  accessibility: z.array(z.enum(accessibilityKeys)).max(accessibilityKeys.length).optional(),
  accessibilityNote: optionalText(500),
  sealCriteria: offeringFieldsSchema.shape.sealCriteria.unwrap().optional(),
  isPublic: z.boolean().optional(),
  place: placeSchema.optional(),
  organizers: offeringFieldsSchema.shape.organizers.optional(),
  schedules: z.array(scheduleInputSchema).max(20).optional(),
});
export type UpdateOfferingInput = z.infer<typeof updateOfferingSchema>;

export const offeringPermissionsSchema = z.object({
  update: z.boolean(),
  transitions: z.array(offeringStatusSchema).meta({ description: 'Statuses the actor may move it to now' }),
  consent: z.boolean().meta({ description: 'The actor may consent for an organisation that has not yet' }),
  comment: z.boolean(),
  evaluate: z.boolean().meta({ description: 'Write the evaluation and attendance' }),
});

export const organizerSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  responsibilities: z.array(responsibilitySchema),
  otherResponsibilities: z.string().nullable(),
  consentedAt: z.date().nullable().meta({ description: 'Consent in the current round, if any' }),
});

export const scheduleSchema = z.object({
  id: z.uuid(),
  startDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  durationMinutes: z.number().int(),
  rrule: z.string().nullable(),
  exdates: z.array(z.string()),
  timeZone: z.string(),
});

export const sessionSchema = z.object({
  id: z.uuid(),
  scheduleId: z.uuid().nullable(),
  startsAt: z.date(),
  endsAt: z.date(),
  moved: z.boolean().meta({ description: 'Time differs from the schedule (single-session change)' }),
  cancelled: z.boolean(),
  participants: z.number().int().nullable().meta({ description: 'A count, never names' }),
  note: z.string().nullable(),
  roomId: z.uuid().nullable(),
});

const placeOutSchema = z.object({
  name: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  roomId: z.uuid().nullable(),
});

export const offeringSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  format: offeringFormatSchema,
  status: offeringStatusSchema,
  isPublic: z.boolean(),
  targetGroups: z.array(z.string()),
  leadOrganization: z.object({ id: z.uuid(), name: z.string() }),
  coOrganizers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  nextSessionAt: z.date().nullable(),
  sessionCount: z.number().int(),
  needsConsentFrom: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .meta({ description: 'Co-organisers whose consent in the current round is missing' }),
  updatedAt: z.date(),
  version: z.number().int(),
  permissions: offeringPermissionsSchema,
});

export const offeringSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  plainDescription: z.string().nullable(),
  format: offeringFormatSchema,
  themes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  languages: z.array(z.string()),
  feeCents: z.number().int(),
  reducedFeeCents: z.number().int().nullable(),
  feeNote: z.string().nullable(),
  registration: registrationSchema,
  accessibility: z.array(z.string()),
  accessibilityNote: z.string().nullable(),
  sealCriteria: z.array(z.string()),
  isPublic: z.boolean(),
  place: placeOutSchema,
  status: offeringStatusSchema,
  statusChangedAt: z.date(),
  consentRound: z.number().int().meta({ description: 'Raised when terms change after agreement' }),
  organizers: z.array(organizerSchema),
  schedules: z.array(scheduleSchema),
  sessions: z.array(sessionSchema),
  evaluation: z
    .object({ text: z.string(), updatedAt: z.date(), updatedByName: z.string().nullable() })
    .nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
  permissions: offeringPermissionsSchema,
});
export type Offering = z.infer<typeof offeringSchema>;

export const offeringListQuerySchema = listQuerySchema.extend({
  organizationId: z.uuid().optional().meta({ description: 'Offerings this organisation co-organises' }),
  status: offeringStatusSchema.optional(),
  format: offeringFormatSchema.optional(),
  q: z.string().trim().max(200, 'validation.queryTooLong').optional(),
});
export type OfferingListQuery = z.infer<typeof offeringListQuerySchema>;

export const offeringParamsSchema = z.object({ id: z.uuid() });
export const sessionParamsSchema = z.object({ id: z.uuid(), sessionId: z.uuid() });

export const transitionSchema = z.object({
  to: offeringStatusSchema,
  version: z.number().int().positive().optional().meta({ description: 'When sent, 409 if stale' }),
  reason: optionalText(500).meta({ description: 'e.g. why it was cancelled' }),
});

export const consentInputSchema = z.object({
  organizationId: z
    .uuid()
    .optional()
    .meta({ description: 'For which co-organiser; needed only when the actor belongs to several' }),
  round: z
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'When sent, 409 if a newer round began' }),
});

export const consentsSchema = z.object({
  round: z.number().int(),
  complete: z.boolean(),
  items: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      isLead: z.boolean(),
      consentedAt: z.date().nullable(),
      consentedByName: z.string().nullable(),
    }),
  ),
  history: z.array(
    z.object({
      round: z.number().int(),
      organizationId: z.uuid(),
      organizationName: z.string(),
      consentedAt: z.date(),
      consentedByName: z.string().nullable(),
    }),
  ),
});

export const commentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  createdAt: z.date(),
});
export const createCommentSchema = z.object({
  body: z.string().trim().min(1, 'validation.notBlank').max(4000),
});
export const commentListQuerySchema = listQuerySchema;

export const updateSessionSchema = z
  .object({
    startDate: dateString.optional().meta({ description: 'Moved to this local date' }),
    startTime: timeString.optional().meta({ description: 'Moved to this local start time' }),
    endTime: timeString.optional().meta({ description: 'Moved to this local end time' }),
    cancelled: z.boolean().optional(),
    participants: z.number().int().min(0).max(10_000).nullable().optional(),
    note: optionalText(500),
  })
  // An empty change has nothing to write (it was a 500 from the update without values).
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'validation.nothingToChange');
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

export const evaluationInputSchema = z.object({
  version: z.number().int().positive(),
  text: z.string().trim().max(5000),
  attendance: z
    .array(z.object({ sessionId: z.uuid(), participants: z.number().int().min(0).max(10_000).nullable() }))
    .max(500)
    .default([]),
});

export const offeringOptionsSchema = z.object({
  formats: z.array(offeringFormatSchema),
  statuses: z.array(offeringStatusSchema),
  responsibilities: z.array(responsibilitySchema),
  registrationModes: z.array(z.enum(registrationModes)),
  targetGroups: z.array(z.string()),
  accessibility: z.array(z.string()),
  themes: z.array(z.string()).meta({ description: 'Themes in use, most frequent first (suggestions)' }),
  organizations: z
    .array(z.object({ id: z.uuid(), name: z.string(), type: z.string() }))
    .meta({ description: 'Organisations of the actor’s municipalities that can co-organise' }),
});

// --- public (no sign-in) ---

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

const publicPlaceSchema = placeOutSchema.omit({ roomId: true });

export const publicOfferingSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z
    .string()
    .meta({ description: 'Plain-language text when given, else the start of the description' }),
  format: offeringFormatSchema,
  targetGroups: z.array(z.string()),
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  languages: z.array(z.string()),
  feeCents: z.number().int(),
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

export const publicOfferingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  plainDescription: z.string().nullable(),
  format: offeringFormatSchema,
  status: offeringStatusSchema,
  themes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  languages: z.array(z.string()),
  feeCents: z.number().int(),
  reducedFeeCents: z.number().int().nullable(),
  feeNote: z.string().nullable(),
  registration: registrationSchema,
  accessibility: z.array(z.string()),
  accessibilityNote: z.string().nullable(),
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
