import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { organizations, users } from '../accounts/schema';
import { assessmentRevisions, assessments } from './schema';

export type AssessmentRow = typeof assessments.$inferSelect;
export type RevisionRow = typeof assessmentRevisions.$inferSelect;

export async function findAssessment(
  db: Executor,
  id: string,
  lock = false,
): Promise<AssessmentRow | undefined> {
  const query = db.select().from(assessments).where(eq(assessments.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findAssessmentOfSide(
  db: Executor,
  cooperationId: string,
  organizationId: string,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.cooperationId, cooperationId), eq(assessments.organizationId, organizationId)));
  return row;
}

export async function findRevision(db: Executor, assessmentId: string, number: number) {
  const [row] = await db
    .select()
    .from(assessmentRevisions)
    .where(and(eq(assessmentRevisions.assessmentId, assessmentId), eq(assessmentRevisions.number, number)));
  return row;
}

const creator = alias(users, 'creator');
const decider = alias(users, 'decider');

/** All revisions of an assessment, newest first, with the names of who saved and who decided. */
export function revisionsOf(db: Executor, assessmentId: string) {
  return db
    .select({
      revision: assessmentRevisions,
      createdByName: creator.name,
      decidedByName: decider.name,
    })
    .from(assessmentRevisions)
    .leftJoin(creator, eq(creator.id, assessmentRevisions.createdBy))
    .leftJoin(decider, eq(decider.id, assessmentRevisions.decidedBy))
    .where(eq(assessmentRevisions.assessmentId, assessmentId))
    .orderBy(desc(assessmentRevisions.number));
}
export type RevisionWithNames = Awaited<ReturnType<typeof revisionsOf>>[number];

export async function organizationName(db: Executor, id: string): Promise<string> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name ?? '';
}

export interface AssessmentListFilter {
  cooperationId?: string | undefined;
  organizationId?: string | undefined;
  after?: [Date, string] | undefined;
  limit: number;
}

const hoursTotal = sql<string>`${assessmentRevisions.hoursPreparation} + ${assessmentRevisions.hoursDelivery} + ${assessmentRevisions.hoursCoordination} + ${assessmentRevisions.hoursTravel}`;

/** Assessments in `scope` (the policy's SQL), newest change first, with their current revision's decision. */
export function listAssessments(db: Executor, scope: SQL, filter: AssessmentListFilter) {
  const conditions: (SQL | undefined)[] = [scope];
  if (filter.cooperationId) conditions.push(eq(assessments.cooperationId, filter.cooperationId));
  if (filter.organizationId) conditions.push(eq(assessments.organizationId, filter.organizationId));
  if (filter.after) {
    const [at, id] = filter.after;
    conditions.push(
      or(lt(assessments.updatedAt, at), and(eq(assessments.updatedAt, at), lt(assessments.id, id))),
    );
  }
  return db
    .select({
      id: assessments.id,
      cooperationId: assessments.cooperationId,
      organizationId: assessments.organizationId,
      organizationName: organizations.name,
      isShared: assessments.isShared,
      version: assessments.version,
      updatedAt: assessments.updatedAt,
      currentRevision: assessments.currentRevision,
      decision: assessmentRevisions.decision,
      decidedOn: assessmentRevisions.decidedOn,
      reviewOn: assessmentRevisions.reviewOn,
      hours: hoursTotal,
    })
    .from(assessments)
    .innerJoin(organizations, eq(organizations.id, assessments.organizationId))
    .innerJoin(
      assessmentRevisions,
      and(
        eq(assessmentRevisions.assessmentId, assessments.id),
        eq(assessmentRevisions.number, assessments.currentRevision),
      ),
    )
    .where(and(...conditions))
    .orderBy(desc(assessments.updatedAt), desc(assessments.id))
    .limit(filter.limit + 1);
}

/** The column the policy's list scope compares with the caller's organisations. */
export const assessmentOrganizationColumn = assessments.organizationId;
