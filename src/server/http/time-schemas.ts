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

/**
 * A calendar date in request input (terms, review dates, search ranges): `YYYY-MM-DD`, a real day, years
 * 1900–2999. Year 0000 passed a pattern check and reached PostgreSQL as an error (a 500 the fuzz test found).
 */
export const calendarDateSchema = z.iso
  .date({ error: 'validation.date' })
  .refine((value) => value >= '1900-01-01' && value < '3000-01-01', 'validation.date')
  .meta({ description: 'Date as YYYY-MM-DD', example: '2026-12-01' });
