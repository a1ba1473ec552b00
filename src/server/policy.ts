import type { Executor } from './db/client';
import { AppError, notFound } from './http/errors';
import type { MembershipRole, OrganizationType } from './modules/accounts/schema';
import type { ServiceContext } from './service-context';

/**
 * The one authorisation mechanism (decision 013). Every module's policy.ts owns access to its records:
 * its rule table, `scope(ctx)` for lists (an SQL condition), `permissions(actor, record)` for the web
 * app, and one loader made with `makeLoader` that answers 404/403/409. Services call those and nothing
 * else decides access; the primitives below are for policy files only (a test over the source checks
 * it), and each of them records on the request that a policy decided (http/access-guard.ts).
 */

export interface ActorMembership {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationType: OrganizationType;
  municipalityId: string;
  /** The state (Land, e.g. "NW") of the organisation's municipality: a Landesjugendamt's scope. */
  state: string;
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

/** A Landesjugendamt's members see the aggregates of every municipality of its state, nothing below them. */
export function isStateOfficeOf(actor: Actor, state: string): boolean {
  return actor.memberships.some((m) => m.organizationType === 'state_office' && m.state === state);
}

export function stateOfficeStates(actor: Actor): string[] {
  return [
    ...new Set(actor.memberships.filter((m) => m.organizationType === 'state_office').map((m) => m.state)),
  ];
}

// --- the primitives module policies are built from (policy files only) ---

function recordDecision(ctx: ServiceContext): void {
  if (ctx.access) ctx.access.decided = true;
}

/** Being signed in is the whole rule (self-service, lists whose SQL scope does the rest); 401 otherwise. */
export function signedIn(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  recordDecision(ctx);
  return ctx.actor;
}

/** 401 for nobody, 403 when the rule says no; the actor otherwise. */
export function allow<R>(ctx: ServiceContext, rule: Rule<R>, resource: R): Actor {
  const actor = signedIn(ctx);
  if (!rule(actor, resource)) throw new AppError('forbidden');
  return actor;
}

/** A use case open to everybody, signed in or not (the public finder, token-secured feeds). */
export function openToAll(ctx: ServiceContext): Actor | null {
  recordDecision(ctx);
  return ctx.actor;
}

/** 409 when the client changed an older state than the stored one. */
export function assertVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw new AppError('conflict', { detail: 'error.staleVersion.detail', params: { current } });
  }
}

export interface LoadOptions {
  /** The version the client saw: required for every change, checked after access (409 when stale). */
  version?: number;
  /** Lock the row (FOR UPDATE) until the transaction ends. */
  lock?: boolean;
  /** The transaction to load in; `ctx.db` otherwise. */
  db?: Executor;
}

export interface Loaded<Row, Ref> {
  row: Row;
  ref: Ref;
  actor: Actor;
}

export interface LoaderSpec<Row, Ref, Action extends string> {
  rules: Record<Action, Rule<Ref>>;
  /** Who fails this learns nothing, not even that the record exists: 404. */
  visible: Rule<Ref>;
  find(db: Executor, id: string, lock: boolean): Promise<Row | undefined>;
  refOf(db: Executor, row: Row): Ref | Promise<Ref>;
  versionOf(row: Row): number;
}

export type Loader<Row, Ref, Action extends string> = (
  ctx: ServiceContext,
  id: string,
  action: Action,
  options?: LoadOptions,
) => Promise<Loaded<Row, Ref>>;

/**
 * The one loader of a module's record: 401 for nobody, 404 for who may not see it (or when it does not
 * exist), 403 for who sees it but may not do `action`, 409 when `version` is stale.
 */
export function makeLoader<Row, Ref, Action extends string>(
  spec: LoaderSpec<Row, Ref, Action>,
): Loader<Row, Ref, Action> {
  return async (ctx, id, action, options = {}) => {
    const actor = signedIn(ctx);
    const db = options.db ?? ctx.db;
    const row = await spec.find(db, id, options.lock ?? false);
    if (!row) throw notFound();
    const ref = await spec.refOf(db, row);
    if (!spec.visible(actor, ref)) throw notFound();
    if (!spec.rules[action](actor, ref)) throw new AppError('forbidden');
    if (options.version !== undefined) assertVersion(spec.versionOf(row), options.version);
    return { row, ref, actor };
  };
}
