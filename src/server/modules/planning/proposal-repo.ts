import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { memberships, organizations, users } from '../accounts/schema';
import { cooperationPairs } from '../directory/cooperation-pairs';
import { planningProposals, planningTasks } from './schema';

/** Queries of proposals: with the two sides' names, the pair's cooperation and the proposing Jugendamt. */

const centre = alias(organizations, 'proposal_centre');
const partner = alias(organizations, 'proposal_partner');

const columns = {
  proposal: planningProposals,
  centreName: centre.name,
  partnerName: partner.name,
  cooperationId: sql<string | null>`(select pair.id from ${cooperationPairs()} pair
    where pair.centre_id = ${planningProposals.centreId} and pair.partner_id = ${planningProposals.partnerId})`,
  proposer: sql<string | null>`(select o.name from ${organizations} o
    where o.municipality_id = ${planningProposals.municipalityId} and o.type = 'youth_office'
    order by o.name limit 1)`,
};

export type ProposalRecord = {
  proposal: typeof planningProposals.$inferSelect;
  centreName: string;
  partnerName: string;
  cooperationId: string | null;
  proposer: string | null;
};

function selectProposals(db: Executor) {
  return db
    .select(columns)
    .from(planningProposals)
    .innerJoin(centre, eq(centre.id, planningProposals.centreId))
    .innerJoin(partner, eq(partner.id, planningProposals.partnerId));
}

export async function findProposalRecord(db: Executor, id: string): Promise<ProposalRecord | undefined> {
  const [row] = await selectProposals(db).where(eq(planningProposals.id, id));
  return row;
}

/** A municipality's proposals, newest first. */
export function listProposalRecords(
  db: Executor,
  filter: { municipalityId: string; status?: string | undefined },
  page: { limit: number; offset: number },
): Promise<ProposalRecord[]> {
  const conditions: SQL[] = [eq(planningProposals.municipalityId, filter.municipalityId)];
  if (filter.status) conditions.push(sql`${planningProposals.status} = ${filter.status}`);
  return selectProposals(db)
    .where(and(...conditions))
    .orderBy(desc(planningProposals.createdAt), desc(planningProposals.id))
    .limit(page.limit + 1)
    .offset(page.offset);
}

/** Every proposal made to a pair, newest first (the cooperation page's read). */
export function proposalsOfPair(db: Executor, centreId: string, partnerId: string) {
  return db
    .select()
    .from(planningProposals)
    .where(and(eq(planningProposals.centreId, centreId), eq(planningProposals.partnerId, partnerId)))
    .orderBy(desc(planningProposals.createdAt));
}

export async function organizationInfo(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organizations.id, type: organizations.type, municipalityId: organizations.municipalityId })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row;
}

export async function taskMunicipality(db: Executor, taskId: string) {
  const [row] = await db
    .select({ municipalityId: planningTasks.municipalityId })
    .from(planningTasks)
    .where(eq(planningTasks.id, taskId));
  return row?.municipalityId;
}

/** E-mail addresses of the leads and admins of these organisations (erased accounts left out). */
export async function leadEmailsOf(db: Executor, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organizationId, organizationIds),
        inArray(memberships.role, ['lead', 'admin']),
        sql`${users.erasedAt} is null`,
      ),
    )
    .orderBy(users.email);
  return rows.map((r) => r.email);
}

export async function emailOfUser(db: Executor, userId: string | null): Promise<string | undefined> {
  if (!userId) return undefined;
  const [row] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), sql`${users.erasedAt} is null`));
  return row?.email;
}
