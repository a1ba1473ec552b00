import { and, asc, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import { organizations, users } from '../accounts/schema';
import {
  organizationKinds,
  partnerKinds,
  partnerRelationships,
  type RelationshipStatus,
  relationshipStatusChanges,
} from './schema';

/**
 * What the cooperations module may know of the directory's relationships (decisions 014, 015): the
 * cooperation is the relationship, so it reads them here (with their status history) and starts new ones.
 */

const centres = alias(organizations, 'centre');
const partners = alias(organizations, 'partner');

/** Which relationships a caller sees: those of their organisations (either side), of centres in their municipalities, or all. */
export interface RelationshipScope {
  all: boolean;
  organizationIds: readonly string[];
  centreMunicipalityIds: readonly string[];
}

const kindsOfPartner = sql<{ key: string; labelDe: string; labelEn: string }[]>`coalesce((
  select json_agg(json_build_object('key', ${partnerKinds.key}, 'labelDe', ${partnerKinds.labelDe}, 'labelEn', ${partnerKinds.labelEn})
         order by ${partnerKinds.sortOrder})
  from ${organizationKinds} join ${partnerKinds} on ${partnerKinds.id} = ${organizationKinds.kindId}
  where ${organizationKinds.organizationId} = ${partnerRelationships.partnerId}), '[]')`;

const columns = {
  id: partnerRelationships.id,
  centreId: partnerRelationships.centreId,
  centreName: centres.name,
  centreMunicipalityId: centres.municipalityId,
  partnerId: partnerRelationships.partnerId,
  partnerName: partners.name,
  partnerMunicipalityId: partners.municipalityId,
  partnerKinds: kindsOfPartner,
  status: partnerRelationships.status,
  statusChangedAt: partnerRelationships.statusChangedAt,
  internalNotes: partnerRelationships.internalNotes,
  nextStep: partnerRelationships.nextStep,
  nextStepDue: partnerRelationships.nextStepDue,
  version: partnerRelationships.version,
  createdAt: partnerRelationships.createdAt,
};

function selectRelationships(db: Executor) {
  return db
    .select(columns)
    .from(partnerRelationships)
    .innerJoin(centres, eq(centres.id, partnerRelationships.centreId))
    .innerJoin(partners, eq(partners.id, partnerRelationships.partnerId));
}

function scopeCondition(scope: RelationshipScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.organizationIds.length > 0) {
    const ids = [...scope.organizationIds];
    parts.push(inArray(partnerRelationships.centreId, ids), inArray(partnerRelationships.partnerId, ids));
  }
  if (scope.centreMunicipalityIds.length > 0) {
    parts.push(inArray(centres.municipalityId, [...scope.centreMunicipalityIds]));
  }
  return or(...parts) ?? sql`false`;
}

/** One relationship by its id (the cooperation's id), with both organisations' names. */
export async function findRelationshipById(db: Executor, id: string) {
  const [row] = await selectRelationships(db).where(eq(partnerRelationships.id, id));
  return row;
}

export type CooperationRelationship = NonNullable<Awaited<ReturnType<typeof findRelationshipById>>>;

/** The two sides of a relationship: what assessments need to know of it. */
export interface RelationshipSides {
  id: string;
  centre: { id: string; name: string };
  partner: { id: string; name: string };
  /** The centre's municipality: the Jugendamt of this municipality plans the cooperation. */
  municipalityId: string;
}

/** The two sides of a relationship, or undefined when there is none with this id. */
export async function findRelationshipSides(
  db: Executor,
  id: string,
): Promise<RelationshipSides | undefined> {
  const row = await findRelationshipById(db, id);
  if (!row) return undefined;
  return {
    id: row.id,
    centre: { id: row.centreId, name: row.centreName },
    partner: { id: row.partnerId, name: row.partnerName },
    municipalityId: row.centreMunicipalityId,
  };
}

/** The relationship of a pair, if there is one. */
export async function findRelationshipOfPair(
  db: Executor,
  centreId: string,
  partnerId: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: partnerRelationships.id })
    .from(partnerRelationships)
    .where(and(eq(partnerRelationships.centreId, centreId), eq(partnerRelationships.partnerId, partnerId)));
  return row;
}

export interface RelationshipListFilter {
  scope: RelationshipScope;
  /** Either side. */
  organizationId?: string | undefined;
  status?: RelationshipStatus | undefined;
  /** A further condition on the relationship's id (e.g. the cooperation's model), from the calling module. */
  where?: ((relationshipId: AnyPgColumn) => SQL | undefined) | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Relationships in the scope, most recently changed status first; keyset cursor (status_changed_at, id). */
export async function listRelationships(db: Executor, filter: RelationshipListFilter) {
  const conditions: (SQL | undefined)[] = [scopeCondition(filter.scope)];
  if (filter.organizationId) {
    conditions.push(
      or(
        eq(partnerRelationships.centreId, filter.organizationId),
        eq(partnerRelationships.partnerId, filter.organizationId),
      ),
    );
  }
  if (filter.status) conditions.push(eq(partnerRelationships.status, filter.status));
  if (filter.where) conditions.push(filter.where(partnerRelationships.id));
  if (filter.cursor) {
    const [at, id] = decodeCursor(filter.cursor, instantCursorSchema);
    const after = new Date(at);
    conditions.push(
      or(
        lt(partnerRelationships.statusChangedAt, after),
        and(eq(partnerRelationships.statusChangedAt, after), lt(partnerRelationships.id, id)),
      ),
    );
  }
  const rows = await selectRelationships(db)
    .where(and(...conditions))
    .orderBy(desc(partnerRelationships.statusChangedAt), desc(partnerRelationships.id))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (r) => [r.statusChangedAt.toISOString(), r.id]);
}

/** Each status change of a relationship with its date and who made it, oldest first. */
export function relationshipStatusHistory(db: Executor, relationshipId: string) {
  return db
    .select({
      id: relationshipStatusChanges.id,
      status: relationshipStatusChanges.status,
      changedAt: relationshipStatusChanges.changedAt,
      changedByName: users.name,
    })
    .from(relationshipStatusChanges)
    .leftJoin(users, eq(users.id, relationshipStatusChanges.changedBy))
    .where(eq(relationshipStatusChanges.relationshipId, relationshipId))
    .orderBy(asc(relationshipStatusChanges.changedAt));
}

/**
 * Starts a relationship of a pair with status "potential" (call inside the caller's transaction, which
 * audits it). Undefined when the pair already has one (also when a concurrent writer was first).
 */
export async function startRelationship(
  tx: Executor,
  pair: { centreId: string; partnerId: string; userId: string },
) {
  const [row] = await tx
    .insert(partnerRelationships)
    .values({ centreId: pair.centreId, partnerId: pair.partnerId, status: 'potential' })
    .onConflictDoNothing()
    .returning();
  if (!row) return undefined;
  await tx
    .insert(relationshipStatusChanges)
    .values({ relationshipId: row.id, status: row.status, changedBy: pair.userId });
  return row;
}
