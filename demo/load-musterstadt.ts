import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../src/server/db/client';
import {
  authAccounts,
  districts,
  type MembershipRole,
  memberships,
  municipalities,
  type OrganizationType,
  organizations,
  users,
} from '../src/server/modules/accounts/schema';
import {
  contactPersons,
  organizationKinds,
  partnerKinds,
  partnerProfiles,
  partnerRelationships,
  relationshipStatusChanges,
} from '../src/server/modules/directory/schema';
import { DEMO_PASSWORD, hashPasswordCached } from './demo-password';
import { insertMusterstadtAgreements } from './musterstadt-agreements';
import { insertMusterstadtCooperations } from './musterstadt-cooperations';
import { type MusterstadtData, parseOpeningHours, readMusterstadt, statusHistory } from './musterstadt-data';
import { insertMusterstadtDistricts } from './musterstadt-districts';
import { insertMusterstadtOfferings } from './musterstadt-offerings';
import { insertMusterstadtCoordination } from './musterstadt-planning-coordination';
import { insertMusterstadtRooms } from './musterstadt-rooms';
import { insertMusterstadtSeal } from './musterstadt-seal';

/** True when no organisation exists yet: start-up then fills in the demo municipality. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(organizations).limit(1);
  return rows.length === 0;
}

/**
 * Inserts the demo municipality Musterstadt with its organisations, demo accounts and directory
 * (profiles, contact persons, relationships), in one transaction. Dates in the directory data are
 * relative to `now` (default: the time of loading), so the stale profiles stay stale.
 */
export async function loadMusterstadt(
  db: Database,
  options: { now?: Date; onPhase?: (phase: string) => void } = {},
): Promise<void> {
  const onPhase = options.onPhase ?? (() => {});
  const data = readMusterstadt();
  const now = options.now ?? new Date();
  // Hash outside the transaction: scrypt takes ~100 ms and every account shares the password.
  const passwordHash = await hashPasswordCached(DEMO_PASSWORD);
  onPhase('demo: read data + hash password');
  await db.transaction((tx) => insertMusterstadt(tx, data, passwordHash, now, onPhase));
  onPhase('demo: commit');
}

type Site = MusterstadtData['providers'][number];

async function insertMusterstadt(
  tx: Executor,
  data: MusterstadtData,
  passwordHash: string,
  now: Date,
  onPhase: (phase: string) => void,
): Promise<void> {
  const { code, name, state } = data.municipality;
  const [municipality] = await tx.insert(municipalities).values({ code, name, state }).returning();
  if (!municipality) throw new Error('municipality not inserted');

  const districtRows = await tx
    .insert(districts)
    .values(data.districts.map((d) => ({ municipalityId: municipality.id, name: d.name })))
    .returning({ id: districts.id, name: districts.name });
  const districtIds = new Map<string, string>();
  for (const d of data.districts) {
    const row = districtRows.find((r) => r.name === d.name);
    if (row) districtIds.set(d.key, row.id);
  }
  await insertMusterstadtDistricts(tx, municipality.id, districtRows);

  const orgIds = new Map<string, string>();
  const resolve = (map: Map<string, string>, key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo/musterstadt: unresolved key ${key}`);
    return id;
  };
  // Ids are made here, so every organisation, account and membership goes in with one statement per table
  // (the rows the test factories buildOrganization, buildUser and buildMembership would write).
  const organizationRows: (typeof organizations.$inferInsert)[] = [];
  const addSite = (
    type: OrganizationType,
    site: Site,
    links: { provider?: string; network?: string | undefined } = {},
  ): void => {
    const id = randomUUID();
    organizationRows.push({
      id,
      type,
      name: site.name,
      municipalityId: municipality.id,
      districtId: resolve(districtIds, site.district),
      providerId: links.provider ? resolve(orgIds, links.provider) : null,
      networkId: links.network ? resolve(orgIds, links.network) : null,
      street: site.street,
      postalCode: site.postalCode,
      city: site.city,
      lat: site.lat,
      lng: site.lng,
      email: site.email,
      phone: site.phone,
      website: site.website,
      description: site.description,
    });
    orgIds.set(site.key, id);
  };

  // Order matters: Träger before their facilities, the Verbund before its member centres.
  for (const provider of data.providers) addSite('provider', provider);
  addSite('youth_office', data.youthOffice, { provider: data.youthOffice.provider });
  addSite('state_office', data.stateOffice);
  for (const network of data.networks) addSite('network', network, { provider: network.provider });
  for (const centre of data.familyCentres) {
    addSite('family_centre', centre, { provider: centre.provider, network: centre.network });
  }
  for (const partner of data.partners) addSite('partner', partner, { provider: partner.provider });
  await tx.insert(organizations).values(organizationRows);

  const userIds = new Map<string, string>();
  const userRows: (typeof users.$inferInsert)[] = [];
  const credentialRows: (typeof authAccounts.$inferInsert)[] = [];
  const membershipRows: (typeof memberships.$inferInsert)[] = [];
  for (const account of data.accounts) {
    const id = randomUUID();
    userRows.push({
      id,
      email: account.email.toLowerCase(),
      name: account.name,
      emailVerified: true,
      isInstanceAdmin: 'isInstanceAdmin' in account,
    });
    credentialRows.push({ providerId: 'credential', accountId: id, userId: id, password: passwordHash });
    userIds.set(account.email, id);
    if ('organization' in account) {
      membershipRows.push({
        userId: id,
        organizationId: resolve(orgIds, account.organization),
        role: account.role,
      });
    }
  }
  await tx.insert(users).values(userRows);
  await tx.insert(authAccounts).values(credentialRows);
  if (membershipRows.length > 0) await tx.insert(memberships).values(membershipRows);

  onPhase('demo: organisations + accounts');
  await insertDirectory(tx, data, orgIds, userIds, now);
  onPhase('demo: directory');
  await insertMusterstadtRooms(tx, orgIds, userIds, now);
  onPhase('demo: rooms');
  await insertMusterstadtOfferings(tx, orgIds, userIds, now);
  onPhase('demo: offerings');
  await insertMusterstadtAgreements(tx, data, orgIds, userIds, now);
  onPhase('demo: agreements');
  await insertMusterstadtCooperations(tx, data, { orgIds, userIds, districtIds }, now);
  onPhase('demo: cooperations');
  await insertMusterstadtCoordination(
    tx,
    data.familyCentres,
    municipality.id,
    { orgIds, userIds, districtIds },
    now,
  );
  onPhase('demo: planning coordination');
  await insertMusterstadtSeal(tx, data, { orgIds, userIds }, now);
  onPhase('demo: quality seal');
}

const DAY_MS = 86_400_000;
/** Which demo account owns (confirms) its organisation's profile when it has several. */
const ownerRoleOrder: readonly MembershipRole[] = ['lead', 'admin', 'planner', 'staff'];

function monthsBefore(now: Date, months: number, extraDays: number): Date {
  const date = new Date(now.getTime() - extraDays * DAY_MS);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** A small stable number per key, to spread dates without a random generator. */
function spread(key: string, range: number): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % range;
}

/** Profiles with kinds and contact persons, and the centres' relationships with their history. */
async function insertDirectory(
  tx: Executor,
  data: MusterstadtData,
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  const orgId = (key: string): string => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`demo/musterstadt: unresolved key ${key}`);
    return id;
  };
  const kindRows = await tx.select({ id: partnerKinds.id, key: partnerKinds.key }).from(partnerKinds);
  const kindIds = new Map(kindRows.map((k) => [k.key, k.id]));
  const ownerOf = (key: string): string | null => {
    const accounts = data.accounts.flatMap((a) => ('organization' in a && a.organization === key ? [a] : []));
    accounts.sort((a, b) => ownerRoleOrder.indexOf(a.role) - ownerRoleOrder.indexOf(b.role));
    return accounts[0] ? (userIds.get(accounts[0].email) ?? null) : null;
  };
  const profiles = Object.entries(data.profiles);

  // Kinds before profiles: the profile trigger then reads them once (migration 0004).
  await tx.insert(organizationKinds).values(
    profiles.flatMap(([key, profile]) =>
      profile.kinds.map((kind) => {
        const kindId = kindIds.get(kind);
        if (!kindId) throw new Error(`partner kind ${kind} is not seeded (migration 0004)`);
        return { organizationId: orgId(key), kindId };
      }),
    ),
  );
  await tx.insert(partnerProfiles).values(
    profiles.map(([key, profile]) => {
      const confirmedAt = monthsBefore(now, profile.lastConfirmedMonthsAgo, spread(key, 20));
      return {
        organizationId: orgId(key),
        coreMandate: profile.coreMandate,
        openingHours: parseOpeningHours(profile.openingHours),
        languages: profile.languages,
        accessibility: profile.accessibility,
        targetGroups: profile.targetGroups,
        publicFields: profile.publicFields,
        ownerUserId: ownerOf(key),
        lastConfirmedAt: confirmedAt,
        createdAt: confirmedAt,
        updatedAt: confirmedAt,
      };
    }),
  );
  await tx.insert(contactPersons).values(
    profiles.flatMap(([key, profile]) =>
      profile.contactPersons.map((person, sortOrder) => ({
        organizationId: orgId(key),
        ...person,
        sortOrder,
      })),
    ),
  );

  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const isoDate = (date: Date) => date.toISOString().slice(0, 10);
  const relationshipRows: (typeof partnerRelationships.$inferInsert)[] = [];
  const changeRows: (typeof relationshipStatusChanges.$inferInsert)[] = [];
  for (const relationship of data.relationships) {
    const history = statusHistory(relationship);
    const first = history[0];
    const last = history[history.length - 1];
    if (!first || !last) throw new Error(`relationship ${relationship.centre} → ${relationship.partner}`);
    const id = randomUUID();
    const changedBy = ownerOf(relationship.centre);
    const step = relationship.nextStep;
    relationshipRows.push({
      id,
      centreId: orgId(relationship.centre),
      partnerId: orgId(relationship.partner),
      status: last.status,
      statusChangedAt: daysAgo(last.daysAgo),
      internalNotes: relationship.internalNotes ?? null,
      nextStep: step?.text ?? null,
      nextStepAssigneeId: step ? (userIds.get(step.assignee) ?? null) : null,
      nextStepDue: step ? isoDate(new Date(now.getTime() + step.dueInDays * DAY_MS)) : null,
      version: history.length,
      createdAt: daysAgo(first.daysAgo),
      updatedAt: daysAgo(last.daysAgo),
    });
    for (const entry of history) {
      changeRows.push({
        relationshipId: id,
        status: entry.status,
        changedAt: daysAgo(entry.daysAgo),
        changedBy,
      });
    }
  }
  await tx.insert(partnerRelationships).values(relationshipRows);
  await tx.insert(relationshipStatusChanges).values(changeRows);
}
