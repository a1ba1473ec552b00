import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { findRelationshipSides } from '../directory/cooperation-relationships';
import * as repo from './assessment-repo';
import { totalHours } from './assessment-revision';
import type { AssessmentListQuery } from './assessment-schemas';
import {
  assessingSides,
  assessmentListScope,
  assessmentPermissions,
  loadAssessment,
} from './policy/assessments';
import { activeQuestions, presentQuestion, questionsById } from './questions';

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function presentRevision({ revision: r, createdByName, decidedByName }: repo.RevisionWithNames) {
  const hours = {
    preparation: Number(r.hoursPreparation),
    delivery: Number(r.hoursDelivery),
    coordination: Number(r.hoursCoordination),
    travel: Number(r.hoursTravel),
  };
  return {
    number: r.number,
    mandateFit: r.mandateFit,
    mandateFitText: r.mandateFitText,
    familyBenefit: r.familyBenefit,
    familyBenefitText: r.familyBenefitText,
    mandateBenefit: r.mandateBenefit,
    mandateBenefitText: r.mandateBenefitText,
    hours,
    hoursPerMonth: totalHours(hours),
    risks: r.risks,
    answers: r.answers,
    decision: r.decision,
    decidedOn: r.decidedOn,
    decidedBy: ref(r.decidedBy, decidedByName),
    reviewOn: r.reviewOn,
    createdBy: ref(r.createdBy, createdByName),
    createdAt: r.createdAt.toISOString(),
  };
}

/** The questions to show: those asked now, and retired ones some revision answered (their labels stay). */
async function questionsFor(ctx: ServiceContext, organizationId: string, history: repo.RevisionWithNames[]) {
  const active = await activeQuestions(ctx.db, organizationId);
  const activeIds = new Set(active.map((q) => q.id));
  const answered = [...new Set(history.flatMap((h) => Object.keys(h.revision.answers)))].filter(
    (id) => !activeIds.has(id),
  );
  const retired = await questionsById(ctx.db, organizationId, answered);
  return [...active, ...retired].map(presentQuestion);
}

/** One assessment with its history: only for members of the assessing organisation (404 for all others). */
export async function getAssessment(ctx: ServiceContext, id: string) {
  const { row, ref: assessmentRef, actor } = await loadAssessment(ctx, id, 'read');
  return presentAssessment(ctx, actor, row, assessmentRef);
}

async function presentAssessment(
  ctx: ServiceContext,
  actor: Actor,
  row: repo.AssessmentRow,
  assessmentRef: { id: string; organizationId: string },
) {
  const [history, sides] = await Promise.all([
    repo.revisionsOf(ctx.db, row.id),
    findRelationshipSides(ctx.db, row.cooperationId),
  ]);
  const revisions = history.map(presentRevision);
  const current = revisions.find((r) => r.number === row.currentRevision) ?? revisions[0];
  if (!current || !sides) throw new Error(`assessment ${row.id} without revision or cooperation`);
  const own = sides.centre.id === row.organizationId ? sides.centre : sides.partner;
  const other = sides.centre.id === row.organizationId ? sides.partner : sides.centre;
  return {
    id: row.id,
    cooperationId: row.cooperationId,
    organization: own,
    otherSide: other,
    isShared: row.isShared,
    version: row.version,
    current,
    history: revisions,
    questions: {
      builtIn: ['mandateFit' as const, 'familyBenefit' as const, 'mandateBenefit' as const],
      own: await questionsFor(ctx, row.organizationId, history),
    },
    permissions: assessmentPermissions(actor, assessmentRef),
  };
}

/** The caller's own organisations' assessments (scoped in SQL); with a cooperation, its sides the caller is on. */
export async function listAssessments(ctx: ServiceContext, query: AssessmentListQuery) {
  const { actor, scope } = assessmentListScope(ctx, repo.assessmentOrganizationColumn);
  const after = query.cursor ? decodeCursor(query.cursor, instantCursorSchema) : undefined;
  const rows = await repo.listAssessments(ctx.db, scope, {
    cooperationId: query.cooperationId,
    organizationId: query.organizationId,
    after: after ? [new Date(after[0]), after[1]] : undefined,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (r) => [r.updatedAt.toISOString(), r.id]);
  const items = page.items.map((r) => ({
    id: r.id,
    cooperationId: r.cooperationId,
    organization: { id: r.organizationId, name: r.organizationName },
    isShared: r.isShared,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    revision: r.currentRevision,
    decision: r.decision,
    decidedOn: r.decidedOn,
    reviewOn: r.reviewOn,
    hoursPerMonth: Number(r.hours),
    permissions: assessmentPermissions(actor, { id: r.id, organizationId: r.organizationId }),
  }));
  return { ...page, items, ...(await sidesOf(ctx, actor, query.cooperationId)) };
}

async function sidesOf(ctx: ServiceContext, actor: Actor, cooperationId: string | undefined) {
  const sides = cooperationId ? await findRelationshipSides(ctx.db, cooperationId) : undefined;
  const mine = sides ? assessingSides(actor, sides) : [];
  if (!sides || mine.length === 0) return { cooperation: null, sides: [] };
  const withAssessments = await Promise.all(
    mine.map(async (side) => ({
      ...side,
      assessmentId: (await repo.findAssessmentOfSide(ctx.db, sides.id, side.id))?.id ?? null,
    })),
  );
  return {
    cooperation: { id: sides.id, centre: sides.centre, partner: sides.partner },
    sides: withAssessments,
  };
}
