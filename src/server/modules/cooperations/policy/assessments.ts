import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { arrayLiteral } from '../../../db/client';
import { AppError } from '../../../http/errors';
import {
  type Actor,
  hasRoleIn,
  isMemberOf,
  makeLoader,
  permissionsFor,
  type Rule,
  signedIn,
} from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { findOrganization } from '../../accounts/find-organization';
import type { RelationshipSides } from '../../directory/cooperation-relationships';
import { findAssessment } from '../assessment-repo';

/**
 * Assessments are private to the assessing organisation (issue 17 §3, the team's access rules): its members
 * read and write them; its leads and admins record the decision and share it. Nobody else, not planners,
 * not instance admins, learns that an assessment exists (404). The other side sees the decision and the
 * hours only while shared, through decisions.ts.
 */
export interface AssessmentRef {
  id: string;
  organizationId: string;
}

const isLead = (actor: Actor, organizationId: string) => hasRoleIn(actor, organizationId, ['lead', 'admin']);

const assessmentPermissionRules = {
  update: (actor, a) => isMemberOf(actor, a.organizationId),
  decide: (actor, a) => isLead(actor, a.organizationId),
  share: (actor, a) => isLead(actor, a.organizationId),
} satisfies Record<string, Rule<AssessmentRef>>;

const assessmentRules = {
  ...assessmentPermissionRules,
  read: (actor, a) => isMemberOf(actor, a.organizationId),
} satisfies Record<string, Rule<AssessmentRef>>;

/** 404 for everyone outside the assessing organisation, 403 for a member who may not do `action`, 409 when stale. */
export const loadAssessment = makeLoader({
  rules: assessmentRules,
  visible: assessmentRules.read,
  find: findAssessment,
  refOf: (_db, row) => ({ id: row.id, organizationId: row.organizationId }),
  versionOf: (row) => row.version,
});

export type AssessmentPermissions = Record<keyof typeof assessmentPermissionRules, boolean>;

export function assessmentPermissions(actor: Actor, ref: AssessmentRef): AssessmentPermissions {
  return permissionsFor(actor, assessmentPermissionRules, ref);
}

/** Starting an assessment for an organisation: its members (403 otherwise, 401 for nobody). */
export function allowCreateAssessment(ctx: ServiceContext, organizationId: string): Actor {
  const actor = signedIn(ctx);
  if (!isMemberOf(actor, organizationId)) throw new AppError('forbidden');
  return actor;
}

/** Recording or changing the decision (also its date): the organisation's leads and admins. */
export function allowDecision(ctx: ServiceContext, ref: AssessmentRef): void {
  const actor = signedIn(ctx);
  if (!assessmentRules.decide(actor, ref))
    throw new AppError('forbidden', { detail: 'assessments.error.decide.detail' });
}

/** Sharing with the other side or withdrawing it: the organisation's leads and admins. */
export function allowSharing(ctx: ServiceContext, ref: AssessmentRef): void {
  const actor = signedIn(ctx);
  if (!assessmentRules.share(actor, ref))
    throw new AppError('forbidden', { detail: 'assessments.error.share.detail' });
}

/** The assessment list: only the caller's own organisations' (planners and instance admins get none of others). */
export function assessmentListScope(ctx: ServiceContext, organizationId: AnyPgColumn | SQL) {
  const actor = signedIn(ctx);
  const ids = actor.memberships.map((m) => m.organizationId);
  const scope = ids.length > 0 ? sql`${organizationId} = any(${arrayLiteral(ids)}::uuid[])` : sql`false`;
  return { actor, scope };
}

/** The sides of a cooperation the caller belongs to, and whether they may start an assessment for it. */
export function assessingSides(actor: Actor, sides: RelationshipSides) {
  return [
    { ...sides.centre, role: 'centre' as const },
    { ...sides.partner, role: 'partner' as const },
  ].filter((side) => isMemberOf(actor, side.id));
}

// --- the organisation's own questions ---

const questionRules = {
  read: (actor, o) => isMemberOf(actor, o.organizationId),
  update: (actor, o) => isLead(actor, o.organizationId),
} satisfies Record<string, Rule<{ organizationId: string }>>;

const loadOrganizationForQuestions = makeLoader({
  rules: questionRules,
  visible: questionRules.read,
  find: (db, id) => findOrganization(db, id),
  refOf: (_db, row) => ({ organizationId: row.id }),
  versionOf: () => 0,
});

/** The questions of an organisation: its members read them (404 for others), its leads and admins change them. */
export async function allowQuestions(ctx: ServiceContext, organizationId: string, action: 'read' | 'update') {
  try {
    const { actor, row } = await loadOrganizationForQuestions(ctx, organizationId, action);
    return {
      actor,
      organization: { id: row.id, name: row.name },
      permissions: permissionsFor(actor, { update: questionRules.update }, { organizationId }),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden')
      throw new AppError('forbidden', { detail: 'assessments.error.questions.detail' });
    throw error;
  }
}
