import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { findOrganization } from '../accounts/find-organization';
import { memberships, municipalities, organizations, users } from '../accounts/schema';
import {
  contactPersons,
  organizationKinds,
  partnerKinds,
  partnerProfiles,
  partnerRelationships,
  type RelationshipStatus,
  relationshipStatusChanges,
} from './schema';

export const kindColumns = {
  id: partnerKinds.id,
  key: partnerKinds.key,
  labelDe: partnerKinds.labelDe,
  labelEn: partnerKinds.labelEn,
  isPriority: partnerKinds.isPriority,
};

export function listKinds(db: Executor) {
  return db
    .select(kindColumns)
    .from(partnerKinds)
    .orderBy(asc(partnerKinds.sortOrder), asc(partnerKinds.labelDe));
}

export async function findKindByKey(db: Executor, key: string) {
  const [row] = await db.select(kindColumns).from(partnerKinds).where(eq(partnerKinds.key, key));
  return row;
}

export function kindsOf(db: Executor, organizationId: string) {
  return db
    .select({ key: partnerKinds.key, labelDe: partnerKinds.labelDe, labelEn: partnerKinds.labelEn })
    .from(organizationKinds)
    .innerJoin(partnerKinds, eq(partnerKinds.id, organizationKinds.kindId))
    .where(eq(organizationKinds.organizationId, organizationId))
    .orderBy(asc(partnerKinds.sortOrder));
}

// Organisations and municipalities are reference tables (decision 014): read here, written by accounts.

/** A family centre, the owner of relationships; other organisations are not centres. */
export async function findCentre(db: Executor, id: string) {
  const org = await findOrganization(db, id);
  return org?.type === 'family_centre' ? org : undefined;
}

export async function findMunicipality(db: Executor, id: string) {
  const [row] = await db
    .select({ id: municipalities.id, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.id, id));
  return row;
}

/** A profile with its organisation; `lock` holds the profile row until the transaction ends. */
export async function findProfileOf(db: Executor, organizationId: string, lock = false) {
  const query = db
    .select({ organization: organizations, profile: partnerProfiles })
    .from(partnerProfiles)
    .innerJoin(organizations, eq(organizations.id, partnerProfiles.organizationId))
    .where(eq(partnerProfiles.organizationId, organizationId));
  const [row] = await (lock ? query.for('update', { of: partnerProfiles }) : query);
  return row;
}

export async function findProfile(db: Executor, organizationId: string, lock = false) {
  const query = db.select().from(partnerProfiles).where(eq(partnerProfiles.organizationId, organizationId));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

export function contactPersonsOf(db: Executor, organizationId: string) {
  return db
    .select({
      id: contactPersons.id,
      name: contactPersons.name,
      role: contactPersons.role,
      phone: contactPersons.phone,
      email: contactPersons.email,
    })
    .from(contactPersons)
    .where(eq(contactPersons.organizationId, organizationId))
    .orderBy(asc(contactPersons.sortOrder), asc(contactPersons.name));
}

export async function hasMembers(db: Executor, organizationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.organizationId, organizationId))
    .limit(1);
  return rows.length > 0;
}

export async function findRelationship(db: Executor, centreId: string, partnerId: string, lock = false) {
  const query = db
    .select()
    .from(partnerRelationships)
    .where(and(eq(partnerRelationships.centreId, centreId), eq(partnerRelationships.partnerId, partnerId)));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

export function statusHistory(db: Executor, relationshipId: string) {
  return db
    .select({
      status: relationshipStatusChanges.status,
      changedAt: relationshipStatusChanges.changedAt,
      changedByName: users.name,
    })
    .from(relationshipStatusChanges)
    .leftJoin(users, eq(users.id, relationshipStatusChanges.changedBy))
    .where(eq(relationshipStatusChanges.relationshipId, relationshipId))
    .orderBy(asc(relationshipStatusChanges.changedAt));
}

export async function isMember(db: Executor, organizationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  return rows.length > 0;
}

export interface NetworkRow {
  id: string;
  partnerId: string;
  partnerName: string;
  status: RelationshipStatus;
  statusChangedAt: string | Date;
  nextStep: string | null;
  nextStepDue: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  kinds: { key: string; labelDe: string; labelEn: string }[];
}

/** The centre's partners with their kinds and the person doing the next step. */
export function networkOf(db: Executor, centreId: string) {
  return queryRows<NetworkRow>(
    db,
    sql`
    select r.id, r.partner_id as "partnerId", o.name as "partnerName", r.status, r.status_changed_at as "statusChangedAt",
      o.street, o.postal_code as "postalCode", o.city, o.phone, o.email, o.website,
      r.next_step as "nextStep", r.next_step_due as "nextStepDue",
      u.id as "assigneeId", u.name as "assigneeName",
      coalesce((select json_agg(json_build_object('key', k.key, 'labelDe', k.label_de, 'labelEn', k.label_en)
                  order by k.sort_order)
                from organization_kinds ok join partner_kinds k on k.id = ok.kind_id
                where ok.organization_id = r.partner_id), '[]') as kinds
    from partner_relationships r
    join organizations o on o.id = r.partner_id
    left join users u on u.id = r.next_step_assignee_id
    where r.centre_id = ${centreId}
    order by o.name`,
  );
}

/** Call inside the caller's transaction. */
/** Business contacts of the partners a centre has a relationship with. */
export function networkContacts(db: Executor, centreId: string) {
  return db
    .select({
      organizationName: organizations.name,
      name: contactPersons.name,
      role: contactPersons.role,
      phone: contactPersons.phone,
      email: contactPersons.email,
    })
    .from(partnerRelationships)
    .innerJoin(organizations, eq(organizations.id, partnerRelationships.partnerId))
    .innerJoin(contactPersons, eq(contactPersons.organizationId, partnerRelationships.partnerId))
    .where(eq(partnerRelationships.centreId, centreId))
    .orderBy(asc(organizations.name), asc(contactPersons.sortOrder));
}

export async function replaceKinds(db: Executor, organizationId: string, kindIds: string[]) {
  await db.delete(organizationKinds).where(eq(organizationKinds.organizationId, organizationId));
  if (kindIds.length > 0) {
    await db.insert(organizationKinds).values(kindIds.map((kindId) => ({ organizationId, kindId })));
  }
}

export function findKindsByKeys(db: Executor, keys: string[]) {
  return db.select(kindColumns).from(partnerKinds).where(inArray(partnerKinds.key, keys));
}
