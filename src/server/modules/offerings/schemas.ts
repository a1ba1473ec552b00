import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema } from '../../http/time-schemas';
import { accessibilityKeys, targetGroupKeys } from '../directory/schemas';
import { offeringFormats, offeringStatuses, registrationModes, responsibilityKeys } from './schema';

export { accessibilityKeys, targetGroupKeys };

export const offeringFormatSchema = z.enum(offeringFormats);
export const offeringStatusSchema = z.enum(offeringStatuses);
export const responsibilitySchema = z.enum(responsibilityKeys);

export const dateString = calendarDateSchema;
const timeString = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
export const language = z.string().regex(/^[a-z]{2,3}$/, 'validation.language');
const text = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => text(max).nullable().optional();
/** The offering's version the client read: every change sends it, a stale one gets 409 (decision 013). */
export const versionSchema = z
  .number()
  .int()
  .positive()
  .meta({ description: 'The version read; 409 when stale' });

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

/** A field's schema without its default, optional: a PATCH leaves what it does not name unchanged. */
function patchOf<T extends z.core.$ZodShape>(shape: T) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      const inner = field instanceof z.ZodDefault ? field.unwrap() : field;
      const meta = z.globalRegistry.get(field);
      return [key, meta ? (inner as z.ZodType).optional().meta(meta) : (inner as z.ZodType).optional()];
    }),
  ) as unknown as { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer I> ? I : T[K]> };
}

/** Every field of the create form optional; `version` is the one read (409 when stale). */
export const updateOfferingSchema = z.object({
  version: versionSchema,
  ...patchOf(offeringFieldsSchema.shape),
});
export type UpdateOfferingInput = z.infer<typeof updateOfferingSchema>;

export const offeringPermissionsSchema = z.object({
  update: z.boolean(),
  transitions: z.array(offeringStatusSchema).meta({ description: 'Statuses the actor may move it to now' }),
  consent: z.boolean().meta({ description: 'The actor may consent for an organisation that has not yet' }),
  consentFor: z
    .array(z.uuid())
    .meta({ description: 'Co-organisers for which the actor may consent now (their consent is missing)' }),
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

export const placeOutSchema = z.object({
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

/** What an offering says to whoever reads it: the shared part of the co-organisers' and the public view. */
export const offeringContentSchema = z.object({
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
});

const organizationNameSchema = z.object({ id: z.uuid(), name: z.string() });

export const offeringSchema = offeringContentSchema.extend({
  sealCriteria: z.array(z.string()),
  isPublic: z.boolean(),
  isShownToFamilies: z.boolean().meta({ description: 'On the public finder and page now' }),
  place: placeOutSchema,
  status: offeringStatusSchema,
  statusChangedAt: z.date(),
  consentRound: z.number().int().meta({ description: 'Raised when terms change after agreement' }),
  changesNeedConsent: z
    .boolean()
    .meta({ description: 'Changing organisers or schedules now starts a new consent round' }),
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

export const offeringSummarySchema = offeringSchema
  .pick({ id: true, title: true, format: true, status: true, isPublic: true, targetGroups: true })
  .extend({
    leadOrganization: organizationNameSchema,
    coOrganizers: z.array(organizationNameSchema),
    nextSessionAt: z.date().nullable(),
    sessionCount: z.number().int(),
    needsConsentFrom: z
      .array(organizationNameSchema)
      .meta({ description: 'Co-organisers whose consent in the current round is missing' }),
  })
  .extend(offeringSchema.pick({ updatedAt: true, version: true, permissions: true }).shape);

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
  version: versionSchema,
  reason: optionalText(500).meta({ description: 'e.g. why it was cancelled' }),
});

export const updateSessionSchema = z
  .object({
    startDate: dateString.optional().meta({ description: 'Moved to this local date' }),
    startTime: timeString.optional().meta({ description: 'Moved to this local start time' }),
    endTime: timeString.optional().meta({ description: 'Moved to this local end time' }),
    cancelled: z.boolean().optional(),
    participants: z.number().int().min(0).max(10_000).nullable().optional(),
    note: optionalText(500),
    version: versionSchema.meta({ description: "The offering's version read; 409 when stale" }),
  })
  // An empty change has nothing to write (it was a 500 from the update without values).
  .refine(
    ({ version: _version, ...change }) => Object.values(change).some((value) => value !== undefined),
    'validation.nothingToChange',
  );
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

export const evaluationInputSchema = z.object({
  version: versionSchema,
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
