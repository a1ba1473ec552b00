import { z } from 'zod';
import { AppError } from './errors';
import { unsafeTextIssues } from './text-safety';

/** `?limit=` (1–100, default 50) and `?cursor=` on every list (contract §6). */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Keyset cursors are the sort key of the last item, opaque to clients. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The parts of the keyset cursors in use; a cursor is checked against its list's tuple before SQL sees it. */
export const cursorParts = {
  instant: z.iso.datetime({ offset: true }),
  // Any hex UUID, as PostgreSQL accepts it: the ids come from the database.
  id: z.guid(),
  name: z.string().max(500),
  offset: z.number().int().min(0),
};

export const instantCursorSchema = z.tuple([cursorParts.instant, cursorParts.id]);
export const nameCursorSchema = z.tuple([cursorParts.name, cursorParts.id]);

/**
 * The sort key inside a cursor, typed by the list's tuple schema. A forged or damaged cursor (wrong
 * count, wrong types, text PostgreSQL cannot store) is a 400 naming `cursor`, never a database error.
 */
export function decodeCursor<T extends z.ZodTuple>(cursor: string, schema: T): z.output<T> {
  const result = schema.safeParse(parseCursor(cursor));
  if (result.success && unsafeTextIssues(result.data).length === 0) return result.data;
  throw new AppError('bad_request', { errors: [{ path: 'cursor', message: 'validation.invalidCursor' }] });
}

function parseCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Fetch `limit + 1` rows; the extra one tells whether there is a next page. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
