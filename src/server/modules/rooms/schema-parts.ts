import { z } from 'zod';
import { calendarDateSchema, instantSchema } from '../../http/time-schemas';
import { accessibilityKeys } from '../directory/schemas';
import { equipmentKeys, feeModels } from './schema';

/** The building blocks of the rooms module's request and response schemas. */

export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'validation.time');
export const isoDate = calendarDateSchema;
export const instant = instantSchema;
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A query parameter that may come as `a,b` or repeated (`?x=a&x=b`). */
export function csvOf<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item).max(20),
  );
}

export const queryBoolean = z.preprocess(
  (value) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value),
  z.boolean(),
);

export const equipmentSchema = z.enum(equipmentKeys);
export const accessibilitySchema = z.enum(accessibilityKeys);
export const feeModelSchema = z.enum(feeModels).meta({
  description: 'free; per_hour (feeCentsPerHour); course_share (feeSharePercent of the course fees)',
});

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

export const organizationRefSchema = z.object({ id: z.uuid(), name: z.string() });
export const personRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** How the caller may book a room: own room, standing grant, by request, or not at all. */
export const roomAccessSchema = z.enum(['owner', 'granted', 'request', 'none']);
