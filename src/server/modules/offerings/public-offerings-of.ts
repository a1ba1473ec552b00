import { sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRowsPrepared } from '../../db/client';
import { shownToFamilies } from './policy';

/** What other modules may know of offerings that families see (decision 014: through this, not the tables). */

/**
 * Titles of the public, current offerings each organisation co-organises (up to `perOrganization`, the
 * next session first): what the partner directory shows as "what they offer". One query for a page.
 */
export async function currentOfferingTitles(
  db: Executor,
  organizationIds: string[],
  perOrganization = 3,
): Promise<Map<string, string[]>> {
  if (organizationIds.length === 0) return new Map();
  // Prepared: one text for every page of the directory, so it is planned once per connection.
  const rows = await queryRowsPrepared<{ organizationId: string; titles: string[] }>(
    db,
    sql`select ids.id as "organizationId", array(
          select o.title from offering_organizers x join offerings o on o.id = x.offering_id
          where x.organization_id = ids.id and ${shownToFamilies('o')}
          order by (select min(s.starts_at) from offering_sessions s
                    where s.offering_id = o.id and not s.cancelled and s.starts_at >= now()) nulls last, o.title
          limit ${perOrganization}) as titles
        from unnest(${arrayLiteral(organizationIds)}::uuid[]) as ids(id)`,
  );
  return new Map(rows.map((r) => [r.organizationId, r.titles]));
}
