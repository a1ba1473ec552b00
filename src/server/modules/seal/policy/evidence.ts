import { eq } from 'drizzle-orm';
import { type Actor, hasRoleIn, makeLoader, permissionsFor, type Rule } from '../../../policy';
import { sealManualEvidence } from '../schema';
import { findSubject, type SealSubjectRef, subjectRefOf, subjectRules } from './subject';

/**
 * Access to one piece of manual evidence: it follows the facility that holds it (policy/subject.ts). Who reads
 * the facility's self-check reads and downloads the evidence; its author and the facility's leads change or
 * remove it.
 */
export interface EvidenceRef {
  subject: SealSubjectRef;
  createdBy: string | null;
}

export type EvidenceRow = typeof sealManualEvidence.$inferSelect;

const evidencePermissionRules = {
  change: (actor, e) =>
    actor.isInstanceAdmin ||
    (e.createdBy === actor.userId && subjectRules.addEvidence(actor, e.subject)) ||
    hasRoleIn(actor, e.subject.organizationId, ['lead', 'admin']),
} satisfies Record<string, Rule<EvidenceRef>>;

export const evidenceRules = {
  ...evidencePermissionRules,
  read: (actor, e) => subjectRules.read(actor, e.subject),
} satisfies Record<string, Rule<EvidenceRef>>;

export type EvidenceAction = keyof typeof evidenceRules;

/** The one loader of manual evidence: 401, 404 for an unknown id or for who does not read the facility, 403, 409. */
export const loadEvidence = makeLoader({
  rules: evidenceRules,
  // Manual evidence may be an internal document: who does not read the facility learns nothing (404).
  visible: (actor, e) => evidenceRules.read(actor, e),
  find: async (db, id, lock) => {
    const query = db.select().from(sealManualEvidence).where(eq(sealManualEvidence.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },
  refOf: async (db, row: EvidenceRow) => {
    const facility = await findSubject(db, row.organizationId);
    if (!facility) throw new Error(`seal evidence ${row.id} belongs to no centre or Verbund`);
    return { subject: await subjectRefOf(db, facility), createdBy: row.createdBy };
  },
  versionOf: (row: EvidenceRow) => row.version,
});

export function evidencePermissions(actor: Actor | null, evidence: EvidenceRef) {
  return permissionsFor(actor, evidencePermissionRules, evidence);
}
