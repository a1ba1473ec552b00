import { eq } from 'drizzle-orm';
import { type Actor, hasRoleIn, makeLoader, permissionsFor, type Rule } from '../../../policy';
import { sealCycles } from '../schema';
import { findSubject, type SealSubjectRef, subjectRefOf, subjectRules } from './subject';

/**
 * Access to one recorded certification cycle: it follows its centre or Verbund (policy/subject.ts). Who reads
 * the subject reads its cycles; leads and admins change them (`manageCycle`). Removing a cycle is for leads
 * only (and instance admins): it drops the re-certification date the reminders and the planner's overview
 * rest on, so an organisation's administrator, who keeps accounts rather than the seal, may correct but not
 * remove it. Cycle dates are not secret (the planner's overview shows them): who may not act gets 403.
 */
export interface CycleRef {
  subject: SealSubjectRef;
}

export type CycleRow = typeof sealCycles.$inferSelect;

const cyclePermissionRules = {
  update: (actor, c) => subjectRules.manageCycle(actor, c.subject),
  delete: (actor, c) =>
    actor.isInstanceAdmin ||
    hasRoleIn(actor, c.subject.organizationId, ['lead']) ||
    (c.subject.networkId !== null && hasRoleIn(actor, c.subject.networkId, ['lead'])),
} satisfies Record<string, Rule<CycleRef>>;

export const cycleRules = {
  ...cyclePermissionRules,
  read: (actor, c) => subjectRules.read(actor, c.subject),
} satisfies Record<string, Rule<CycleRef>>;

export type CycleAction = keyof typeof cycleRules;

/** The one loader of a cycle: 401, 404 for an unknown id, 403 for who may not do `action`, 409 when stale. */
export const loadCycle = makeLoader({
  rules: cycleRules,
  visible: () => true,
  find: async (db, id, lock) => {
    const query = db.select().from(sealCycles).where(eq(sealCycles.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },
  refOf: async (db, row: CycleRow) => {
    const subject = await findSubject(db, row.organizationId);
    if (!subject) throw new Error(`seal cycle ${row.id} belongs to no centre or Verbund`);
    return { subject: await subjectRefOf(db, subject) };
  },
  versionOf: (row: CycleRow) => row.version,
});

export function cyclePermissions(actor: Actor | null, cycle: CycleRef) {
  return permissionsFor(actor, cyclePermissionRules, cycle);
}
