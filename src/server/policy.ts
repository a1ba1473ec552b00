import { AppError } from './http/errors';
import type { MembershipRole, OrganizationType } from './modules/accounts/schema';

/**
 * The one authorisation mechanism. Every module declares its rules as `Rule`s in its own policy.ts;
 * routes call `authorize`, list queries use the module's `visibleTo` scope, and records carry
 * `permissions` computed from the same rules.
 */

export interface ActorMembership {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationType: OrganizationType;
  municipalityId: string;
  role: MembershipRole;
}

export interface Actor {
  userId: string;
  name: string;
  email: string;
  isInstanceAdmin: boolean;
  memberships: ActorMembership[];
}

export type Rule<R> = (actor: Actor, resource: R) => boolean;

export function can<R>(actor: Actor | null, rule: Rule<R>, resource: R): boolean {
  return actor !== null && rule(actor, resource);
}

/** Throws 401 for nobody, 403 when the rule says no. */
export function authorize<R>(actor: Actor | null, rule: Rule<R>, resource: R): asserts actor is Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!rule(actor, resource)) throw new AppError('forbidden');
}

export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('unauthenticated');
}

/** The permissions object sent with a record: each rule evaluated for this actor. */
export function permissionsFor<R, K extends string>(
  actor: Actor | null,
  rules: Record<K, Rule<R>>,
  resource: R,
): Record<K, boolean> {
  const entries = Object.entries(rules) as [K, Rule<R>][];
  return Object.fromEntries(entries.map(([name, rule]) => [name, can(actor, rule, resource)])) as Record<
    K,
    boolean
  >;
}

// --- building blocks for module rules ---

export function rolesIn(actor: Actor, organizationId: string): MembershipRole[] {
  return actor.memberships.filter((m) => m.organizationId === organizationId).map((m) => m.role);
}

export function hasRoleIn(actor: Actor, organizationId: string, roles: readonly MembershipRole[]): boolean {
  return actor.memberships.some((m) => m.organizationId === organizationId && roles.includes(m.role));
}

export function isMemberOf(actor: Actor, organizationId: string): boolean {
  return actor.memberships.some((m) => m.organizationId === organizationId);
}

/** Planners are members of the municipality's Jugendamt with the planner role. */
export function isPlannerOf(actor: Actor, municipalityId: string): boolean {
  return actor.memberships.some(
    (m) =>
      m.role === 'planner' && m.organizationType === 'youth_office' && m.municipalityId === municipalityId,
  );
}

export function plannedMunicipalities(actor: Actor): string[] {
  return actor.memberships
    .filter((m) => m.role === 'planner' && m.organizationType === 'youth_office')
    .map((m) => m.municipalityId);
}
