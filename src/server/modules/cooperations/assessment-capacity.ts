import type { ServiceContext } from '../../service-context';
import type { getAssessment } from './assessment-read';
import { type CapacityWarning, capacityWarningsFor } from './capacity-warnings';

type PresentedAssessment = Awaited<ReturnType<typeof getAssessment>>;

/**
 * A saved assessment with its capacity warnings: a "go" whose hours (from the decision's month) take the
 * assessing organisation past its hours answers with a warning, never a refusal. Only when the request set
 * the decision or the hours; otherwise the list is empty.
 */
export async function withCapacityWarnings(
  ctx: ServiceContext,
  assessment: PresentedAssessment,
  touchedDecisionOrHours: boolean,
): Promise<PresentedAssessment & { capacityWarnings: CapacityWarning[] }> {
  const { current } = assessment;
  const isGo = current.decision === 'go' && current.decidedOn !== null && current.hoursPerMonth > 0;
  const capacityWarnings =
    touchedDecisionOrHours && isGo && current.decidedOn
      ? await capacityWarningsFor(ctx.db, ctx.actor, {
          kind: 'assessment',
          cooperationId: assessment.cooperationId,
          organizationId: assessment.organization.id,
          hoursPerMonth: current.hoursPerMonth,
          from: current.decidedOn,
        })
      : [];
  return { ...assessment, capacityWarnings };
}
