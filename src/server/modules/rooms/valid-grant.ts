import { sql } from 'drizzle-orm';
import { roomGrants } from './schema';

/** Today in Berlin: a grant "valid until" a date holds through that whole local day. */
export const validGrant = sql`(${roomGrants.validUntil} is null or ${roomGrants.validUntil} >= (now() at time zone 'Europe/Berlin')::date)`;
