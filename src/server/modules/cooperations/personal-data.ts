import { asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import type { PersonIdentity } from '../accounts/personal-data';
import { organizations } from '../accounts/schema';
import {
  assessmentRevisions,
  assessments,
  capacityPools,
  organizationMandates,
  poolRequests,
} from './schema';

/**
 * Art. 15/20: what the person saved or decided in cooperations. The assessments' texts are the
 * organisation's judgement of a cooperation, not data about the person: the export names which assessment
 * the person saved or decided and when, not what it says. Everything stays after an erasure (the
 * organisations' records) and points at the tombstone.
 */
/** true/false, also where the column is null (a plain `=` would answer null). */
const isPerson = (column: AnyPgColumn, userId: string): SQL<boolean> =>
  sql<boolean>`coalesce(${column} = ${userId}, false)`;

export async function cooperationsDataOf(db: Executor, person: PersonIdentity) {
  const assessing = alias(organizations, 'assessing');
  const assessmentsSaved = await db
    .select({
      organizationName: assessing.name,
      revision: assessmentRevisions.number,
      decision: assessmentRevisions.decision,
      decidedOn: assessmentRevisions.decidedOn,
      savedAt: assessmentRevisions.createdAt,
      savedByThePerson: isPerson(assessmentRevisions.createdBy, person.userId),
      decidedByThePerson: isPerson(assessmentRevisions.decidedBy, person.userId),
    })
    .from(assessmentRevisions)
    .innerJoin(assessments, eq(assessments.id, assessmentRevisions.assessmentId))
    .innerJoin(assessing, eq(assessing.id, assessments.organizationId))
    .where(
      or(eq(assessmentRevisions.createdBy, person.userId), eq(assessmentRevisions.decidedBy, person.userId)),
    )
    .orderBy(asc(assessmentRevisions.createdAt));
  const mandatesUpdated = await db
    .select({ organizationName: organizations.name, updatedAt: organizationMandates.updatedAt })
    .from(organizationMandates)
    .innerJoin(organizations, eq(organizations.id, organizationMandates.organizationId))
    .where(eq(organizationMandates.updatedBy, person.userId));
  const poolRequestsMade = await db
    .select({
      poolTitle: capacityPools.title,
      centreName: organizations.name,
      hoursPerMonth: poolRequests.hoursPerMonth,
      reason: poolRequests.reason,
      updatedAt: poolRequests.updatedAt,
    })
    .from(poolRequests)
    .innerJoin(capacityPools, eq(capacityPools.id, poolRequests.poolId))
    .innerJoin(organizations, eq(organizations.id, poolRequests.centreId))
    .where(eq(poolRequests.requestedBy, person.userId))
    .orderBy(asc(poolRequests.updatedAt));
  const poolsCreatedOrConfirmed = await db
    .select({
      title: capacityPools.title,
      created: isPerson(capacityPools.createdBy, person.userId),
      confirmedAt: capacityPools.confirmedAt,
    })
    .from(capacityPools)
    .where(or(eq(capacityPools.createdBy, person.userId), eq(capacityPools.confirmedBy, person.userId)))
    .orderBy(asc(capacityPools.title));
  return {
    assessmentsSaved,
    mandatesUpdated,
    poolRequestsMade: poolRequestsMade.map((r) => ({ ...r, hoursPerMonth: Number(r.hoursPerMonth) })),
    poolsCreatedOrConfirmed,
  };
}
