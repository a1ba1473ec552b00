import { asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import type { PersonIdentity } from '../accounts/personal-data';
import { districts, municipalities, organizations } from '../accounts/schema';
import { districtMessages, planningProposals, planningTasks } from './schema';

/**
 * Art. 15/20: what the person planned. Tasks, proposals and messages are the Jugendamt's records: the
 * export names those the person owns, made or sent (titles, dates, whom a proposal went to), and they
 * stay after an erasure, pointing at the tombstone. Boundaries and need figures are public statistics.
 */
const isPerson = (column: AnyPgColumn, userId: string): SQL<boolean> =>
  sql<boolean>`coalesce(${column} = ${userId}, false)`;

export async function planningDataOf(db: Executor, person: PersonIdentity) {
  const tasks = await db
    .select({
      municipalityName: municipalities.name,
      title: planningTasks.title,
      status: planningTasks.status,
      dueOn: planningTasks.dueOn,
      createdAt: planningTasks.createdAt,
      ownedByThePerson: isPerson(planningTasks.ownerId, person.userId),
      createdByThePerson: isPerson(planningTasks.createdBy, person.userId),
    })
    .from(planningTasks)
    .innerJoin(municipalities, eq(municipalities.id, planningTasks.municipalityId))
    .where(or(eq(planningTasks.ownerId, person.userId), eq(planningTasks.createdBy, person.userId)))
    .orderBy(asc(planningTasks.createdAt));
  const centre = alias(organizations, 'centre');
  const partner = alias(organizations, 'partner');
  const proposalsMade = await db
    .select({
      centreName: centre.name,
      partnerName: partner.name,
      status: planningProposals.status,
      createdAt: planningProposals.createdAt,
    })
    .from(planningProposals)
    .innerJoin(centre, eq(centre.id, planningProposals.centreId))
    .innerJoin(partner, eq(partner.id, planningProposals.partnerId))
    .where(eq(planningProposals.createdBy, person.userId))
    .orderBy(asc(planningProposals.createdAt));
  const districtMessagesSent = await db
    .select({
      districtName: districts.name,
      subject: districtMessages.subject,
      recipientCount: districtMessages.recipientCount,
      sentAt: districtMessages.sentAt,
    })
    .from(districtMessages)
    .innerJoin(districts, eq(districts.id, districtMessages.districtId))
    .where(eq(districtMessages.sentBy, person.userId))
    .orderBy(asc(districtMessages.sentAt));
  return { tasks, proposalsMade, districtMessagesSent };
}
