import { z } from 'zod';
import {
  csvOf,
  equipmentSchema,
  isoDate,
  organizationRefSchema,
  queryBoolean,
  roomAccessSchema,
  time,
} from './schema-parts';
import { roomSchema } from './schemas';

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
