import { and, eq, exists, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../../db/client';
import { offeringOrganizers, offeringSessions } from './schema';

/**
 * What other modules may know about who organises an offering (decision 014): the rooms module shows a
 * booking for an offering in full to its co-organisers, and lets only a co-organiser link a booking to it.
 */

/** The ids (text[]) of the organisations co-organising the offering in `offeringId` (none for null). */
export function coOrganizerIdsOf(offeringId: AnyPgColumn | SQL): SQL<string[]> {
  return sql<
    string[]
  >`coalesce((select array_agg(${offeringOrganizers.organizationId}::text) from ${offeringOrganizers} where ${offeringOrganizers.offeringId} = ${offeringId}), '{}')`;
}

/** True where one of `organizationIds` co-organises the offering in `offeringId`. */
export function isCoOrganizedBy(offeringId: AnyPgColumn | SQL, organizationIds: readonly string[]): SQL {
  if (organizationIds.length === 0) return sql`false`;
  return exists(
    sql`(select 1 from ${offeringOrganizers} where ${and(
      eq(offeringOrganizers.offeringId, offeringId),
      inArray(offeringOrganizers.organizationId, [...organizationIds]),
    )})`,
  );
}

/** Whether an organisation co-organises an offering, and whether a session (if named) is one of its. */
export async function findOfferingLink(
  db: Executor,
  link: { offeringId: string; organizationId: string; sessionId: string | null },
): Promise<{ organizes: boolean; sessionOfOffering: boolean }> {
  const [row] = await queryRows<{ organizes: boolean; sessionOfOffering: boolean }>(
    db,
    sql`select
          exists(select 1 from ${offeringOrganizers}
                 where ${offeringOrganizers.offeringId} = ${link.offeringId}
                   and ${offeringOrganizers.organizationId} = ${link.organizationId}) as "organizes",
          (${link.sessionId}::uuid is null or exists(select 1 from ${offeringSessions}
                 where ${offeringSessions.id} = ${link.sessionId}::uuid
                   and ${offeringSessions.offeringId} = ${link.offeringId})) as "sessionOfOffering"`,
  );
  return { organizes: row?.organizes === true, sessionOfOffering: row?.sessionOfOffering === true };
}
