import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AssessmentDecision } from './schema';
import { assessmentRevisions, assessments } from './schema';

/** One side's decision on a cooperation as far as the viewer may know it (never the assessment's texts). */
export interface SideDecision {
  organizationId: string;
  /** Only for the viewer's own side: the assessment to open. */
  assessmentId: string | null;
  decision: AssessmentDecision | null;
  decidedOn: string | null;
  /** Preparation + delivery + coordination + travel of the current revision. */
  hoursPerMonth: number;
  isShared: boolean;
  reviewOn: string | null;
}

/**
 * The decisions on the given cooperations that `viewerOrganizationIds` may see: their own sides always, the
 * other side's only while that side shares it (issue 17 §3). Planners and instance admins pass the
 * organisations they see nothing private of (an empty list): they get the shared decisions only.
 */
export async function decisionsOf(
  db: Executor,
  cooperationIds: readonly string[],
  viewerOrganizationIds: readonly string[],
): Promise<Map<string, SideDecision[]>> {
  const result = new Map<string, SideDecision[]>();
  if (cooperationIds.length === 0) return result;
  const own =
    viewerOrganizationIds.length > 0
      ? inArray(assessments.organizationId, [...viewerOrganizationIds])
      : sql`false`;
  const rows = await db
    .select({
      cooperationId: assessments.cooperationId,
      organizationId: assessments.organizationId,
      assessmentId: assessments.id,
      isShared: assessments.isShared,
      decision: assessmentRevisions.decision,
      decidedOn: assessmentRevisions.decidedOn,
      reviewOn: assessmentRevisions.reviewOn,
      hours: sql<string>`${assessmentRevisions.hoursPreparation} + ${assessmentRevisions.hoursDelivery} + ${assessmentRevisions.hoursCoordination} + ${assessmentRevisions.hoursTravel}`,
    })
    .from(assessments)
    .innerJoin(
      assessmentRevisions,
      and(
        eq(assessmentRevisions.assessmentId, assessments.id),
        eq(assessmentRevisions.number, assessments.currentRevision),
      ),
    )
    .where(
      and(inArray(assessments.cooperationId, [...cooperationIds]), or(own, eq(assessments.isShared, true))),
    );
  const viewer = new Set(viewerOrganizationIds);
  for (const row of rows) {
    const isOwn = viewer.has(row.organizationId);
    const list = result.get(row.cooperationId) ?? [];
    list.push({
      organizationId: row.organizationId,
      assessmentId: isOwn ? row.assessmentId : null,
      decision: row.decision,
      decidedOn: row.decidedOn,
      hoursPerMonth: Number(row.hours),
      isShared: row.isShared,
      reviewOn: isOwn ? row.reviewOn : null,
    });
    result.set(row.cooperationId, list);
  }
  return result;
}
