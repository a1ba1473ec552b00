import { eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { arrayLiteral } from '../../../db/client';
import { type Actor, hasRoleIn, makeLoader, permissionsFor, type Rule, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { organizations } from '../../accounts/schema';

/**
 * Access to a self-check subject (decision 017): a family centre or a Verbund (organisation type `network`),
 * the bearer of a certification cycle. Its own members read it; a centre's Verbund and a Verbund's member
 * centres read each other, because their evidence counts together; the Träger's leads read it (the Träger
 * answers for the funding the seal secures). Leads and admins keep the cycle; any member (staff too) records
 * evidence. Other centres, partners and planners get 403: planners see only the aggregated overview
 * (policy/overview.ts).
 */
export interface SealSubjectRef {
  organizationId: string;
  type: 'family_centre' | 'network';
  municipalityId: string;
  providerId: string | null;
  /** The Verbund a centre belongs to (null for a Verbund itself). */
  networkId: string | null;
  /** A Verbund's member centres (empty for a centre). */
  memberIds: string[];
}

export type SealSubjectRow = typeof organizations.$inferSelect;

const LEADS = ['lead', 'admin'] as const;
const WORKERS = ['lead', 'admin', 'staff'] as const;

/** Members of the subject itself or of the Verbund it shares evidence with. */
function worksOn(actor: Actor, s: SealSubjectRef, roles: readonly ('lead' | 'admin' | 'staff')[]): boolean {
  const orgs = [s.organizationId, ...(s.networkId ? [s.networkId] : []), ...s.memberIds];
  return orgs.some((id) => hasRoleIn(actor, id, roles));
}

const reads: Rule<SealSubjectRef> = (actor, s) =>
  actor.isInstanceAdmin ||
  worksOn(actor, s, WORKERS) ||
  (s.providerId !== null && hasRoleIn(actor, s.providerId, LEADS));

const subjectPermissionRules = {
  /** Record, change or end the certification cycle. */
  manageCycle: (actor, s) =>
    actor.isInstanceAdmin ||
    hasRoleIn(actor, s.organizationId, LEADS) ||
    (s.networkId !== null && hasRoleIn(actor, s.networkId, LEADS)),
  /** Upload a PDF or write a note as evidence. */
  addEvidence: (actor, s) => actor.isInstanceAdmin || worksOn(actor, s, WORKERS),
  /** Download the report and the evidence bundle (they hold signed agreements). */
  downloadBundle: reads,
} satisfies Record<string, Rule<SealSubjectRef>>;

export const subjectRules = { ...subjectPermissionRules, read: reads } satisfies Record<
  string,
  Rule<SealSubjectRef>
>;

export type SubjectAction = keyof typeof subjectRules;

export async function findSubject(db: Executor, id: string): Promise<SealSubjectRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  // Only centres and Verbünde are certified: any other id is not a subject (404).
  return row && (row.type === 'family_centre' || row.type === 'network') ? row : undefined;
}

export async function subjectRefOf(db: Executor, row: SealSubjectRow): Promise<SealSubjectRef> {
  const members =
    row.type === 'network'
      ? await db
          .select({ id: organizations.id })
          .from(organizations)
          .where(eq(organizations.networkId, row.id))
      : [];
  return {
    organizationId: row.id,
    type: row.type as SealSubjectRef['type'],
    municipalityId: row.municipalityId,
    providerId: row.providerId,
    networkId: row.type === 'family_centre' ? row.networkId : null,
    memberIds: members.map((m) => m.id),
  };
}

/**
 * The one loader of every `/api/v1/seal/centres/{id}/…` use case: 401, 404 when the id is no centre or
 * Verbund, 403 for who may not read or act on it (organisations are known to participants, so a random id
 * tells nothing new).
 */
export const loadSubject = makeLoader({
  rules: subjectRules,
  visible: () => true,
  find: (db, id) => findSubject(db, id),
  refOf: subjectRefOf,
  versionOf: (row: SealSubjectRow) => row.version,
});

export function subjectPermissions(actor: Actor | null, subject: SealSubjectRef) {
  return permissionsFor(actor, subjectPermissionRules, subject);
}

/** Whether the actor reads this subject's self-check (for links and lists, not for access). */
export function readsSubject(actor: Actor | null, subject: SealSubjectRef): boolean {
  return actor !== null && reads(actor, subject);
}

/**
 * The subjects a person reads, for the choice on /guetesiegel (GET /seal/centres): 401 for nobody, then an SQL
 * condition on `organizations` that mirrors `reads` above — the centres and Verbünde they work at, the
 * Verbund of their centre and the members of their Verbund, the centres of the Träger they lead; every subject
 * for instance admins.
 */
export function subjectListScope(ctx: ServiceContext): { actor: Actor; scope: SQL } {
  const actor = signedIn(ctx);
  const kinds = sql`${organizations.type} in ('family_centre', 'network')`;
  if (actor.isInstanceAdmin) return { actor, scope: kinds };
  const worker = actor.memberships.filter((m) => hasRoleIn(actor, m.organizationId, WORKERS));
  const workIds = arrayLiteral(worker.map((m) => m.organizationId));
  const ledIds = arrayLiteral(
    actor.memberships.filter((m) => hasRoleIn(actor, m.organizationId, LEADS)).map((m) => m.organizationId),
  );
  const scope = sql`${kinds} and (
    ${organizations.id} = any(${workIds}::uuid[])
    or ${organizations.networkId} = any(${workIds}::uuid[])
    or ${organizations.id} in (select o.network_id from organizations o where o.id = any(${workIds}::uuid[]))
    or ${organizations.providerId} = any(${ledIds}::uuid[]))`;
  return { actor, scope };
}
