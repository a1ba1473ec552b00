import { type SQL, sql } from 'drizzle-orm';
import {
  type Actor,
  allow,
  can,
  hasRoleIn,
  isMemberOf,
  isPlannerOf,
  makeLoader,
  plannedMunicipalities,
  type Rule,
  signedIn,
} from '../../policy';
import type { ServiceContext } from '../../service-context';
import * as repo from './repo';
import type { OfferingStatus } from './schema';

/**
 * Who may do what with an offering (issue 5, decided here; decision 013 for how):
 * - The lead organisation's leads and admins run the offering: edit it in every open state and move it
 *   through the lifecycle. Its staff may create ideas and edit them while they are ideas.
 * - Co-organisers' members (lead, admin or staff) consent for their organisation while consent is asked:
 *   the counsellor who will run the session is the one who can say "yes, we carry this" (issue 5's
 *   acceptance has the partner's staff member consent). Binding signatures are the agreements' business.
 * - Every member of a co-organiser reads everything and writes in the comment thread; planners of the
 *   municipality read everything (not write). Other participants read published and later offerings.
 * - Attendance and evaluation: members of the lead organisation or of an organisation carrying
 *   "evaluation", once the offering is published.
 * - Families (nobody signed in) see public offerings while they are published or running.
 *
 * 404 or 403: who may not read an offering gets 404 for every action on it, reads and writes alike (they
 * learn nothing, not even that it exists); who reads it but may not do the action gets 403. (Until issue
 * 16 writes answered 403 to non-readers as well.)
 */
export interface OfferingRef {
  leadOrganizationId: string;
  organizers: { organizationId: string; responsibilities: string[] }[];
  municipalityId: string;
  status: OfferingStatus;
}

const MANAGERS = ['lead', 'admin'] as const;
const MEMBERS = ['lead', 'admin', 'staff'] as const;
const OPEN: readonly OfferingStatus[] = ['idea', 'proposed', 'agreed', 'published', 'running', 'evaluated'];
const SHOWN: readonly OfferingStatus[] = ['published', 'running', 'evaluated', 'ended'];
const EVALUABLE: readonly OfferingStatus[] = ['published', 'running', 'evaluated', 'ended'];
const SHOWN_TO_FAMILIES: readonly OfferingStatus[] = ['published', 'running'];

/** The lifecycle; "cancelled" is reachable from every state but the final ones. */
export const transitionsFrom: Record<OfferingStatus, readonly OfferingStatus[]> = {
  idea: ['proposed', 'cancelled'],
  proposed: ['idea', 'agreed', 'cancelled'],
  agreed: ['published', 'cancelled'],
  published: ['running', 'ended', 'cancelled'],
  running: ['evaluated', 'ended', 'cancelled'],
  evaluated: ['ended', 'cancelled'],
  ended: [],
  cancelled: [],
};

/** Statuses in which changing responsibilities or the schedule needs the co-organisers' consent again. */
export const AGREED_STATES: readonly OfferingStatus[] = ['agreed', 'published', 'running'];

/** Consent is asked while proposed, and again after a change to agreed terms (a new round). */
export function consentAsked(ref: Pick<OfferingRef, 'status'>): boolean {
  return ref.status === 'proposed' || AGREED_STATES.includes(ref.status);
}

/** Co-organisers (never the lead, who proposes) whose consent in this round is missing. */
export function missingConsents(
  ref: OfferingRef,
  round: number,
  consents: { organizationId: string; round: number }[],
): string[] {
  if (!consentAsked(ref)) return [];
  const given = new Set(consents.filter((c) => c.round === round).map((c) => c.organizationId));
  return ref.organizers
    .map((o) => o.organizationId)
    .filter((id) => id !== ref.leadOrganizationId && !given.has(id));
}

function isCoOrganizerMember(actor: Actor, offering: OfferingRef): boolean {
  return offering.organizers.some((o) => isMemberOf(actor, o.organizationId));
}

function managesLead(actor: Actor, offering: OfferingRef): boolean {
  return actor.isInstanceAdmin || hasRoleIn(actor, offering.leadOrganizationId, MANAGERS);
}

/** Organisations (other than the lead) for which this actor may consent. */
export function consentableOrganizations(actor: Actor, offering: OfferingRef): string[] {
  return offering.organizers
    .filter((o) => o.organizationId !== offering.leadOrganizationId)
    .filter((o) => actor.isInstanceAdmin || hasRoleIn(actor, o.organizationId, MEMBERS))
    .map((o) => o.organizationId);
}

/** The co-organiser a comment is written for: the first one the author belongs to (null for admins). */
export function commentingOrganization(actor: Actor, offering: OfferingRef): string | null {
  return offering.organizers.find((o) => isMemberOf(actor, o.organizationId))?.organizationId ?? null;
}

const read: Rule<OfferingRef> = (actor, o) =>
  actor.isInstanceAdmin ||
  isCoOrganizerMember(actor, o) ||
  isPlannerOf(actor, o.municipalityId) ||
  (SHOWN.includes(o.status) && actor.memberships.length > 0);

const update: Rule<OfferingRef> = (actor, o) =>
  OPEN.includes(o.status) &&
  (managesLead(actor, o) || (o.status === 'idea' && hasRoleIn(actor, o.leadOrganizationId, ['staff'])));

const evaluate: Rule<OfferingRef> = (actor, o) =>
  EVALUABLE.includes(o.status) &&
  (actor.isInstanceAdmin ||
    hasRoleIn(actor, o.leadOrganizationId, MEMBERS) ||
    o.organizers.some(
      (org) => org.responsibilities.includes('evaluation') && hasRoleIn(actor, org.organizationId, MEMBERS),
    ));

export const offeringRules = {
  read,
  readInternal: (actor, o) =>
    actor.isInstanceAdmin || isCoOrganizerMember(actor, o) || isPlannerOf(actor, o.municipalityId),
  update,
  /** Transitions are the lead organisation's; the state machine (409) decides which ones exist. */
  transition: managesLead,
  consent: (actor, o) => consentableOrganizations(actor, o).length > 0,
  comment: (actor, o) => actor.isInstanceAdmin || isCoOrganizerMember(actor, o),
  evaluate,
  /** A session change that moves or cancels it and records attendance at once needs both rights. */
  updateAndEvaluate: (actor, o) => update(actor, o) && evaluate(actor, o),
} satisfies Record<string, Rule<OfferingRef>>;

export type OfferingAction = keyof typeof offeringRules;

export function offeringRefOf(row: repo.OfferingRow, organizers: repo.OrganizerRow[]): OfferingRef {
  return {
    leadOrganizationId: row.leadOrganizationId,
    municipalityId: row.municipalityId,
    status: row.status,
    organizers: organizers
      .filter((o) => o.offeringId === row.id)
      .map((o) => ({ organizationId: o.organizationId, responsibilities: o.responsibilities })),
  };
}

/** The one way a service gets an offering to read or change: 401/404/403/409 as decision 013 says. */
export const loadOffering = makeLoader<repo.OfferingRow, OfferingRef, OfferingAction>({
  rules: offeringRules,
  visible: read,
  find: repo.findOffering,
  refOf: async (db, row) => offeringRefOf(row, await repo.organizersOf(db, [row.id])),
  versionOf: (row) => row.version,
});

/**
 * Only people signed in may have their draft checked at all: an anonymous caller learns nothing about
 * which organisations exist. Who may lead is decided by `allowCreate` once the input names the lead.
 */
export function allowDraft(ctx: ServiceContext): Actor {
  return signedIn(ctx);
}

/** Creating: members (lead, admin, staff) of the organisation that will lead it. */
export function allowCreate(ctx: ServiceContext, leadOrganizationId: string): Actor {
  return allow(
    ctx,
    (actor, target) => actor.isInstanceAdmin || hasRoleIn(actor, target.leadOrganizationId, MEMBERS),
    { leadOrganizationId },
  );
}

/** Form options (code lists, possible co-organisers) are for everybody signed in. */
export function allowOptions(ctx: ServiceContext): Actor {
  return signedIn(ctx);
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The list scope (`o` is the offerings table): the offerings an actor co-organises, those of the
 * municipalities it plans, and the shown ones for every participant — the SQL twin of `read`.
 */
export function scope(ctx: ServiceContext): SQL {
  const actor = signedIn(ctx);
  if (actor.isInstanceAdmin) return sql`true`;
  if (actor.memberships.length === 0) return sql`false`;
  const orgIds = actor.memberships.map((m) => m.organizationId);
  const planned = plannedMunicipalities(actor);
  const parts: SQL[] = [
    sql.raw(`o.status in (${SHOWN.map((s) => `'${s}'`).join(', ')})`),
    sql`exists (select 1 from offering_organizers x where x.offering_id = o.id
      and x.organization_id in (${uuidList(orgIds)}))`,
  ];
  if (planned.length > 0) parts.push(sql`o.municipality_id in (${uuidList(planned)})`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/**
 * Possible co-organisers in the form: organisations of the actor's municipalities (all for instance
 * admins); the condition is on the `organizations` table.
 */
export function coOrganizerCandidates(actor: Actor): SQL | null {
  if (actor.isInstanceAdmin) return sql`true`;
  const municipalities = [...new Set(actor.memberships.map((m) => m.municipalityId))];
  return municipalities.length === 0 ? null : sql`municipality_id in (${uuidList(municipalities)})`;
}

/**
 * What families see (no sign-in: the finder, the public page, calendar feeds, the partner directory):
 * public offerings while published or running. The text matches the partial indexes' predicate, so
 * the planner may use them; `table` is the offerings table's name or alias in the query.
 */
export function shownToFamilies(table: string): SQL {
  return sql.raw(
    `${table}.is_public and ${table}.status in (${SHOWN_TO_FAMILIES.map((s) => `'${s}'`).join(', ')})`,
  );
}

export function isShownToFamilies(offering: { isPublic: boolean; status: OfferingStatus }): boolean {
  return offering.isPublic && SHOWN_TO_FAMILIES.includes(offering.status);
}

/** What the web app may offer this actor for an offering, from the same rules the services use. */
export function permissions(actor: Actor | null, ref: OfferingRef & { missingConsents: readonly string[] }) {
  const consentFor = actor
    ? consentableOrganizations(actor, ref).filter((id) => ref.missingConsents.includes(id))
    : [];
  return {
    update: can(actor, update, ref),
    transitions: can(actor, managesLead, ref) ? [...transitionsFrom[ref.status]] : [],
    consent: consentFor.length > 0,
    consentFor,
    comment: can(actor, offeringRules.comment, ref),
    evaluate: can(actor, evaluate, ref),
  };
}
