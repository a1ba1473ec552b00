import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { calendarDateSchema, instantSchema } from '../../http/time-schemas';
import { accessibilityKeys } from '../directory/schemas';
import { bookingStatuses, equipmentKeys, feeModels } from './schema';

// --- building blocks ---

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'validation.time');
const isoDate = calendarDateSchema;
const instant = instantSchema;
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A query parameter that may come as `a,b` or repeated (`?x=a&x=b`). */
function csvOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item).max(20),
  );
}

const queryBoolean = z.preprocess(
  (value) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value),
  z.boolean(),
);

export const equipmentSchema = z.enum(equipmentKeys);
export const accessibilitySchema = z.enum(accessibilityKeys);
export const feeModelSchema = z.enum(feeModels).meta({
  description: 'free; per_hour (feeCentsPerHour); course_share (feeSharePercent of the course fees)',
});
export const bookingStatusSchema = z.enum(bookingStatuses);

export const bookableHoursSchema = z
  .array(
    z
      .object({ day: z.number().int().min(1).max(7), from: time, to: time })
      .refine((h) => h.from < h.to, { message: 'rooms.validation.hoursOrder', path: ['to'] }),
  )
  .max(50)
  .meta({
    description:
      'Bookable windows per ISO weekday (1 = Monday), local time Europe/Berlin; empty = bookable at any time',
    example: [
      { day: 1, from: '14:00', to: '21:00' },
      { day: 2, from: '14:00', to: '21:00' },
    ],
  });
export type BookableHours = z.infer<typeof bookableHoursSchema>;

const organizationRefSchema = z.object({ id: z.uuid(), name: z.string() });
const personRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** How the caller may book a room: own room, standing grant, by request, or not at all. */
export const roomAccessSchema = z.enum(['owner', 'granted', 'request', 'none']);

// --- rooms ---

const roomFields = {
  name: z.string().trim().min(1, 'validation.notBlank').max(200),
  building: optionalText(200),
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'validation.postalCode')
    .nullable()
    .optional(),
  city: optionalText(100),
  lat: z.number().min(-90, 'validation.latitude').max(90, 'validation.latitude').nullable().optional(),
  lng: z.number().min(-180, 'validation.longitude').max(180, 'validation.longitude').nullable().optional(),
  capacity: z.number().int().min(1, 'rooms.validation.capacity').max(10_000),
  equipment: z.array(equipmentSchema).max(30).default([]),
  accessibility: z.array(accessibilitySchema).max(20).default([]),
  usageRules: optionalText(4000),
  description: optionalText(4000),
  feeModel: feeModelSchema.default('free'),
  feeCentsPerHour: z.number().int().min(0).max(1_000_000).nullable().optional(),
  feeSharePercent: z.number().int().min(0).max(100).nullable().optional(),
  bookableHours: bookableHoursSchema.default([]),
  bufferMinutes: z.number().int().min(0).max(240).default(0),
};

export const createRoomSchema = z.object({ organizationId: z.uuid(), ...roomFields }).meta({
  description: 'Address and coordinates default to those of the owner organisation',
  example: {
    organizationId: '7b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
    name: 'Bewegungsraum',
    capacity: 20,
    equipment: ['mats', 'music_system'],
    accessibility: ['step_free'],
    usageRules: 'Schlüssel im Büro abholen; Matten nach Gebrauch stapeln.',
    feeModel: 'free',
    bookableHours: [{ day: 2, from: '15:00', to: '20:00' }],
    bufferMinutes: 15,
  },
});
export type CreateRoomInput = z.infer<typeof createRoomSchema>;

export const updateRoomSchema = z
  .object({
    version: z.number().int().positive(),
    name: roomFields.name.optional(),
    building: roomFields.building,
    street: roomFields.street,
    postalCode: roomFields.postalCode,
    city: roomFields.city,
    lat: roomFields.lat,
    lng: roomFields.lng,
    capacity: roomFields.capacity.optional(),
    equipment: z.array(equipmentSchema).max(30).optional(),
    accessibility: z.array(accessibilitySchema).max(20).optional(),
    usageRules: roomFields.usageRules,
    description: roomFields.description,
    feeModel: feeModelSchema.optional(),
    feeCentsPerHour: roomFields.feeCentsPerHour,
    feeSharePercent: roomFields.feeSharePercent,
    bookableHours: bookableHoursSchema.optional(),
    bufferMinutes: z.number().int().min(0).max(240).optional(),
  })
  .meta({ example: { version: 2, capacity: 25 } });
export type UpdateRoomInput = z.infer<typeof updateRoomSchema>;

export const roomPermissionsSchema = z.object({
  update: z.boolean(),
  remove: z.boolean(),
  manageGrants: z.boolean(),
  manageClosures: z.boolean(),
  /** Book directly (confirmed at once): owner's members and granted organisations. */
  book: z.boolean(),
  /** Send a booking request the owner decides on. */
  request: z.boolean(),
  /** Approve or decline requests for this room (owner's lead/admin). */
  decide: z.boolean(),
  viewUtilisation: z.boolean(),
});

export const roomSchema = z.object({
  id: z.uuid(),
  organization: organizationRefSchema,
  name: z.string(),
  building: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  capacity: z.number().int(),
  equipment: z.array(equipmentSchema),
  accessibility: z.array(accessibilitySchema),
  usageRules: z.string().nullable(),
  description: z.string().nullable(),
  feeModel: feeModelSchema,
  feeCentsPerHour: z.number().int().nullable(),
  feeSharePercent: z.number().int().nullable(),
  bookableHours: bookableHoursSchema,
  bufferMinutes: z.number().int(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  access: roomAccessSchema,
  /** Subscription address of the room's calendar for the caller (carries a personal token). */
  feedUrl: z.string(),
  permissions: roomPermissionsSchema,
});
export type RoomView = z.infer<typeof roomSchema>;

export const roomListQuerySchema = listQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  organizationId: z.uuid().optional(),
  /** own: rooms of my organisations; bookable: own, granted and requestable rooms (default). */
  scope: z.enum(['own', 'bookable']).default('bookable'),
  minCapacity: z.coerce.number().int().min(1).max(10_000).optional(),
  equipment: csvOf(equipmentSchema).optional(),
  accessible: queryBoolean.optional(),
});
export type RoomListQuery = z.infer<typeof roomListQuerySchema>;

export const roomParamsSchema = z.object({ id: z.uuid() });

// --- grants ---

export const grantSchema = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  organization: organizationRefSchema,
  agreementId: z.uuid().nullable(),
  note: z.string().nullable(),
  validUntil: z.string().nullable().meta({ description: 'Last day of the grant (date), null = open-ended' }),
  createdAt: z.date(),
});
export const createGrantSchema = z.object({
  organizationId: z.uuid(),
  note: optionalText(1000),
  validUntil: isoDate.nullable().optional(),
});
export const grantParamsSchema = z.object({ id: z.uuid(), grantId: z.uuid() });

// --- closures ---

export const closureSchema = z.object({
  id: z.uuid(),
  roomId: z.uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  reason: z.string().nullable(),
  source: z.enum(['manual', 'ics']),
  createdAt: z.date(),
});
export const createClosureSchema = z
  .object({ startsAt: instant, endsAt: instant, reason: optionalText(500) })
  .meta({
    description: 'A whole day is 00:00 to 00:00 of the next day, local time',
    example: {
      startsAt: '2026-12-24T00:00:00+01:00',
      endsAt: '2027-01-02T00:00:00+01:00',
      reason: 'Weihnachten',
    },
  });
export const closureQuerySchema = z.object({ from: instant.optional(), to: instant.optional() });
export const importClosuresSchema = z
  .object({ ics: z.string().min(1, 'validation.notBlank').max(1_000_000) })
  .meta({
    description:
      'The text of an .ics file (also accepted as a raw `text/calendar` body). Events with the same UID replace earlier imports.',
  });
export const importClosuresResultSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  ignored: z.number().int().meta({ description: 'Events without start, cancelled or transparent' }),
  items: z.array(closureSchema),
});
export const closureParamsSchema = z.object({ id: z.uuid(), closureId: z.uuid() });

// --- bookings ---

export const bookingPermissionsSchema = z.object({ cancel: z.boolean(), decide: z.boolean() });

export const bookingSchema = z.object({
  id: z.uuid(),
  room: z.object({ id: z.uuid(), name: z.string(), organizationId: z.uuid() }),
  status: bookingStatusSchema,
  startsAt: z.date(),
  endsAt: z.date(),
  /** full: the caller sees title and booker; busy: another organisation's booking, only the time. */
  visibility: z.enum(['full', 'busy']),
  title: z.string().nullable(),
  note: z.string().nullable(),
  bookerOrganization: organizationRefSchema.nullable(),
  createdBy: personRefSchema.nullable(),
  seriesId: z.uuid().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.date().nullable(),
  offeringId: z.uuid().nullable(),
  offeringSessionId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  permissions: bookingPermissionsSchema,
});
export type BookingView = z.infer<typeof bookingSchema>;

export const createBookingSchema = z
  .object({
    startsAt: instant,
    endsAt: instant,
    title: z.string().trim().min(1, 'validation.notBlank').max(200),
    note: optionalText(2000),
    /** Which of the caller's organisations books; default: the one with the best access to the room. */
    organizationId: z.uuid().optional(),
    /** RFC 5545 recurrence rule of a series, local time Europe/Berlin, e.g. FREQ=WEEKLY;COUNT=8. */
    rrule: z
      .string()
      .trim()
      .max(500)
      .regex(/^(RRULE:)?[A-Z]+=[^\s]+$/, 'rooms.validation.rrule')
      .optional(),
    /** Book the free dates of a series and return the others in `skipped`. */
    skipConflicts: z.boolean().default(false),
    /** Only report what would happen; nothing is written. */
    dryRun: z.boolean().default(false),
    offeringId: z.uuid().nullable().optional(),
    offeringSessionId: z.uuid().nullable().optional(),
  })
  .meta({
    example: {
      startsAt: '2026-12-01T15:00:00+01:00',
      endsAt: '2026-12-01T17:00:00+01:00',
      title: 'Elternkurs „Starke Eltern“',
      rrule: 'FREQ=WEEKLY;COUNT=8',
      skipConflicts: true,
    },
  });
export type CreateBookingInput = z.infer<typeof createBookingSchema>;

export const occurrenceOutcomes = ['bookable', 'clash', 'outside_hours', 'closed'] as const;
export const occurrenceSchema = z.object({
  startsAt: z.date(),
  endsAt: z.date(),
  outcome: z.enum(occurrenceOutcomes),
  /** For a clash: the other booking as far as the caller may see it (title and booker only when visible). */
  clash: z
    .object({
      startsAt: z.date(),
      endsAt: z.date(),
      title: z.string().nullable(),
      bookerOrganization: organizationRefSchema.nullable(),
    })
    .nullable(),
  /** For a closure: its reason. */
  closure: z.string().nullable(),
  /** The localised explanation (Accept-Language). */
  message: z.string(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const createBookingResultSchema = z.object({
  status: z.enum(['confirmed', 'requested']).meta({ description: 'Status of the booked occurrences' }),
  seriesId: z.uuid().nullable(),
  dryRun: z.boolean(),
  bookings: z.array(bookingSchema),
  /** Every date of the request with its outcome. */
  report: z.array(occurrenceSchema),
  /** Dates not booked (skipConflicts) to re-plan. */
  skipped: z.array(occurrenceSchema),
});

export const bookingRangeQuerySchema = listQuerySchema.extend({
  from: instant,
  to: instant,
  status: csvOf(bookingStatusSchema).optional(),
});
export type BookingRangeQuery = z.infer<typeof bookingRangeQuerySchema>;

export const organizationBookingsQuerySchema = bookingRangeQuerySchema.extend({
  organizationId: z.uuid().meta({ description: 'Bookings of its rooms and bookings it made elsewhere' }),
});

export const requestsQuerySchema = listQuerySchema.extend({
  /** incoming: requests for rooms my organisations own; outgoing: requests my organisations sent. */
  box: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: csvOf(bookingStatusSchema).optional(),
});
export type RequestsQuery = z.infer<typeof requestsQuerySchema>;

export const bookingParamsSchema = z.object({ id: z.uuid() });

export const cancelQuerySchema = z.object({
  scope: z.enum(['occurrence', 'following']).default('occurrence').meta({
    description:
      'occurrence: only this date; following: this date and the later open dates of its series (confirmed ones are cancelled, requested ones withdrawn)',
  }),
});

export const decisionSchema = z
  .object({
    approve: z.boolean(),
    reason: optionalText(1000),
    /** Decide every open request of the same series with this one (all or nothing). */
    series: z.boolean().default(false),
  })
  .meta({ example: { approve: false, reason: 'Der Raum wird an diesem Tag renoviert.' } });
export type DecisionInput = z.infer<typeof decisionSchema>;

export const bookingItemsSchema = z.object({ items: z.array(bookingSchema) });

/** A booking read on its own: with the figures of its series the cancel dialog needs. */
export const bookingDetailSchema = bookingSchema.extend({
  series: z
    .object({
      /** Dates of the series that are requested or confirmed. */
      openDates: z.number().int(),
      /** Of those, this date and the later ones: what `scope=following` cancels. */
      openFromHere: z.number().int(),
    })
    .nullable()
    .meta({ description: 'null for a single booking or when the caller sees only "busy"' }),
});
export type BookingDetailView = z.infer<typeof bookingDetailSchema>;

// --- availability ---

export const availabilityQuerySchema = z
  .object({
    near: z
      .string()
      .trim()
      .max(100)
      .meta({ description: 'Organisation id, postcode (5 digits) or "lat,lng"' }),
    radiusKm: z.coerce.number().positive().max(100, 'validation.radiusKm').default(5),
    minCapacity: z.coerce.number().int().min(1).max(10_000).optional(),
    equipment: csvOf(equipmentSchema).optional(),
    accessible: queryBoolean.optional().meta({ description: 'Only step-free rooms' }),
    weekday: z.coerce.number().int().min(1).max(7).meta({ description: 'ISO weekday, 1 = Monday' }),
    startTime: time,
    endTime: time,
    from: isoDate.optional().meta({ description: 'First date (default: tomorrow)' }),
    weeks: z.coerce.number().int().min(1).max(26).default(8),
    /** Only rooms the caller may book directly or request (default); `all` also shows the others. */
    onlyBookable: queryBoolean.default(true),
    limit: z.coerce.number().int().min(1).max(100).default(30),
  })
  .refine((q) => q.startTime < q.endTime, { message: 'rooms.validation.hoursOrder', path: ['endTime'] });
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

/** A room in a list of search results: where, how big, what it has, what it costs; the room itself has the rest. */
export const roomSummarySchema = roomSchema
  .pick({
    id: true,
    organization: true,
    name: true,
    building: true,
    street: true,
    postalCode: true,
    city: true,
    lat: true,
    lng: true,
    capacity: true,
    equipment: true,
    accessibility: true,
    feeModel: true,
    feeCentsPerHour: true,
    feeSharePercent: true,
    bufferMinutes: true,
    access: true,
  })
  .meta({
    description: 'The room in short; GET /api/v1/rooms/{id} has its rules, description and bookable hours',
  });
export type RoomSummary = z.infer<typeof roomSummarySchema>;

export const availabilityResultSchema = z.object({
  dates: z.array(z.string()).meta({ description: 'The dates searched (local dates)' }),
  items: z.array(
    z.object({
      room: roomSummarySchema,
      distanceKm: z.number(),
      access: roomAccessSchema,
      freeDates: z.array(z.string()),
      unavailable: z.array(
        z.object({ date: z.string(), reason: z.enum(['busy', 'closed', 'outside_hours']) }),
      ),
    }),
  ),
});

// --- utilisation ---

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'rooms.validation.month');

export const utilisationQuerySchema = z.object({
  month: monthSchema.meta({ description: 'YYYY-MM' }),
});
export const roomUtilisationSchema = z.object({
  roomId: z.uuid(),
  month: z.string(),
  bookableHours: z.number(),
  bookedHours: z.number(),
  /** booked / bookable hours (0…1), null when nothing is bookable. */
  ratio: z.number().nullable(),
  days: z.array(z.object({ date: z.string(), bookableHours: z.number(), bookedHours: z.number() })),
});

export const aggregateUtilisationQuerySchema = z
  .object({
    month: monthSchema,
    municipalityId: z.uuid().optional(),
    organizationId: z.uuid().optional(),
  })
  .refine((q) => (q.municipalityId === undefined) !== (q.organizationId === undefined), {
    message: 'rooms.validation.municipalityOrOrganization',
    path: ['municipalityId'],
  });
const utilisationFiguresSchema = z.object({
  bookableHours: z.number(),
  bookedHours: z.number(),
  /** booked / bookable hours (may pass 1 when bookings lie outside the bookable hours), null when nothing is bookable. */
  ratio: z.number().nullable(),
});
export const aggregateUtilisationSchema = utilisationFiguresSchema.extend({
  month: z.string(),
  rooms: z.number().int(),
  organizations: z.array(
    utilisationFiguresSchema.extend({
      organization: organizationRefSchema,
      rooms: z.number().int(),
      /** Each room of the organisation in the scope, by name. */
      perRoom: z.array(
        utilisationFiguresSchema.extend({ room: z.object({ id: z.uuid(), name: z.string() }) }),
      ),
    }),
  ),
});

// --- feed ---

export const feedParamsSchema = z.object({ file: z.string().regex(/^[0-9a-f-]{36}\.ics$/) });
export const feedQuerySchema = z.object({ token: z.string().max(500).optional() });
