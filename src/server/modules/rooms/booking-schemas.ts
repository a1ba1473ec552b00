import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { csvOf, instant, optionalText, organizationRefSchema, personRefSchema } from './schema-parts';
import { bookingStatusSchema } from './schemas';

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
  version: z.coerce.number().int().positive().meta({ description: 'The version of the booking you read' }),
  scope: z.enum(['occurrence', 'following']).default('occurrence').meta({
    description:
      'occurrence: only this date; following: this date and the later open dates of its series (confirmed ones are cancelled, requested ones withdrawn)',
  }),
});

export const decisionSchema = z
  .object({
    /** The version of the booking you read: a stale one is a 409 and decides nothing. */
    version: z.number().int().positive(),
    approve: z.boolean(),
    reason: optionalText(1000),
    /** Decide every open request of the same series with this one (all or nothing). */
    series: z.boolean().default(false),
  })
  .meta({ example: { version: 1, approve: false, reason: 'Der Raum wird an diesem Tag renoviert.' } });
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
