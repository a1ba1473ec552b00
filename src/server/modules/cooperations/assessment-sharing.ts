import type { Executor } from '../../db/client';
import type { Actor } from '../../policy';
import { type RevisionState, totalHours } from './assessment-revision';
import { cooperationEvents, cooperations } from './schema';

/** What the other side sees of an assessment while it is shared: never the texts. */
export interface SharedView {
  decision: RevisionState['decision'];
  decidedOn: string | null;
  hoursPerMonth: number;
}

export function sharedViewOf(state: RevisionState, isShared: boolean): SharedView | null {
  if (!isShared) return null;
  return { decision: state.decision, decidedOn: state.decidedOn, hoursPerMonth: totalHours(state.hours) };
}

const sameView = (a: SharedView, b: SharedView) =>
  a.decision === b.decision && a.decidedOn === b.decidedOn && a.hoursPerMonth === b.hoursPerMonth;

/**
 * The cooperation's timeline learns what the other side may see: `decision_shared` when sharing starts or
 * what is shared changes, `sharing_withdrawn` when it stops. Creates the cooperation's row (version 1) when
 * the cooperation has none yet.
 */
export async function recordSharing(
  tx: Executor,
  change: {
    actor: Actor;
    cooperationId: string;
    organizationId: string;
    before: SharedView | null;
    after: SharedView | null;
  },
): Promise<void> {
  const { before, after } = change;
  const kind = after
    ? before && sameView(before, after)
      ? null
      : ('decision_shared' as const)
    : before
      ? ('sharing_withdrawn' as const)
      : null;
  if (!kind) return;
  await tx.insert(cooperations).values({ id: change.cooperationId }).onConflictDoNothing();
  await tx.insert(cooperationEvents).values({
    cooperationId: change.cooperationId,
    kind,
    organizationId: change.organizationId,
    userId: change.actor.userId,
    details: after ? { ...after } : {},
  });
}
