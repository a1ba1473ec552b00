import { z } from 'zod';

// Far beyond any booking or closure, and far inside what PostgreSQL's timestamptz, Luxon and RRULE
// expansion handle: year 0 or 5-digit years reached the database as errors.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(3000, 0, 1);

/**
 * An instant in request input: only an ISO 8601 string with `Z` or an offset. A number (`1` would be
 * 1970), a date without time or a local time without zone is refused with 400 instead of guessed.
 */
export const instantSchema = z.iso
  .datetime({ offset: true, error: 'validation.dateTime' })
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() >= EARLIEST && date.getTime() < LATEST, 'validation.dateTime')
  .meta({ description: 'ISO 8601 with Z or an offset', example: '2026-12-01T15:00:00+01:00' });
