import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { bookingStatuses } from './schema';
import {
  accessibilitySchema,
  bookableHoursSchema,
  csvOf,
  equipmentSchema,
  feeModelSchema,
  instant,
  isoDate,
  optionalText,
  organizationRefSchema,
  queryBoolean,
  roomAccessSchema,
} from './schema-parts';

export const bookingStatusSchema = z.enum(bookingStatuses);

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

/** The version a change was made on: a stale one is a 409 and changes nothing. */
const versionParam = z.coerce.number().int().positive().meta({ description: 'The version you read' });

export const removeRoomQuerySchema = z.object({ version: versionParam });

/** What the caller may do with rooms beyond a single room: the rooms pages show their actions from it. */
export const roomsPermissionsSchema = z.object({
  /** Organisations the caller may add rooms to (leads and admins). */
  createRoomIn: z.array(z.uuid()),
  /** Municipalities whose rooms' utilisation the caller may see (planners). */
  utilisationOfMunicipalities: z.array(z.uuid()),
});

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
