import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, type FieldError, invalidField, notFound } from '../../http/errors';
import { cursorParts, decodeCursor, encodeCursor } from '../../http/pagination';
import type { ServiceContext } from '../../service-context';
import { TtlCache } from '../../ttl-cache';
import { findOrganization } from '../accounts/find-organization';
import { sendInvitation } from '../accounts/send-invitation';
import { insertOrganization, presentOrganization } from '../accounts/service';
import { pseudonymiseAuditTrail } from '../audit/personal-data';
import { recordAudit } from '../audit/service';
import { currentOfferingTitles } from '../offerings/public-offerings-of';
import {
  createKindAccess,
  createPartnerAccess,
  loadProfile,
  type ProfileRow,
  profilePermissions,
  readKinds,
  searchAccess,
} from './policy';
import * as repo from './repo';
import { contactPersons, partnerKinds, partnerProfiles } from './schema';
import type { CreatePartnerInput, DirectorySearchQuery, UpdateProfileInput } from './schemas';
import { searchDirectory } from './search-repo';

// The taxonomy changes rarely; a kind added on another server is found on the first miss.
/** The search pages by offset (its ranking has no stable key). */
const searchCursorSchema = z.tuple([cursorParts.offset]);

const kindsByKey = new TtlCache<string, { id: string }>(60_000);
// Coordinates of `near` organisations: another server's move shows within a minute.
const originsById = new TtlCache<string, { lat: number; lng: number } | null>(60_000);

async function originOf(ctx: ServiceContext, near: DirectorySearchQuery['near']) {
  if (near === undefined || typeof near === 'object') return near;
  const origin = await originsById.getOrLoad(near, async () => {
    const org = await findOrganization(ctx.db, near);
    if (!org) return undefined;
    return org.lat === null || org.lng === null ? null : { lat: org.lat, lng: org.lng };
  });
  if (origin === undefined) throw invalidField('near', 'validation.near', 'bad_request');
  if (origin === null) throw invalidField('near', 'validation.nearWithoutLocation', 'bad_request');
  return origin;
}

export async function search(ctx: ServiceContext, query: DirectorySearchQuery) {
  const { centreId } = searchAccess(ctx, query.centreId);
  const errors: FieldError[] = [];
  const kindKey = query.kind;
  const kind = kindKey
    ? await kindsByKey.getOrLoad(kindKey, () => repo.findKindByKey(ctx.db, kindKey))
    : undefined;
  if (query.kind && !kind) errors.push({ path: 'kind', message: 'validation.unknownKind' });
  if (query.radiusKm !== undefined && query.near === undefined) {
    errors.push({ path: 'radiusKm', message: 'validation.radiusNeedsNear' });
  }
  if (query.relationship && !centreId)
    errors.push({ path: 'relationship', message: 'validation.notACentre' });
  if (errors.length > 0) throw new AppError('bad_request', { errors });

  const offset = query.cursor ? decodeCursor(query.cursor, searchCursorSchema)[0] : 0;
  const result = await searchDirectory(ctx.db, {
    q: query.q || undefined,
    origin: await originOf(ctx, query.near),
    radiusKm: query.radiusKm,
    kindId: kind?.id,
    language: query.language,
    targetGroup: query.targetGroup,
    districtId: query.districtId,
    relationship: query.relationship,
    centreId,
    staleAfterDays: ctx.config.staleAfterDays,
    limit: query.limit,
    offset,
  });
  const page = result.items.slice(0, query.limit);
  const offerings = await currentOfferingTitles(
    ctx.db,
    page.map((item) => item.id),
  );
  const items = page.map(({ kinds, distanceKm, relationship, stale, ...org }) => ({
    organization: org,
    kinds: kinds ?? [],
    distanceKm: distanceKm === null ? null : Number(distanceKm),
    relationship,
    offerings: offerings.get(org.id) ?? [],
    stale,
  }));
  return {
    items,
    nextCursor: result.items.length > query.limit ? encodeCursor([offset + query.limit]) : null,
    total: result.total,
    facets: { kinds: result.kindFacets, districts: result.districtFacets },
  };
}

export async function listKinds(ctx: ServiceContext) {
  readKinds(ctx);
  return { items: await repo.listKinds(ctx.db) };
}

export async function createKind(
  ctx: ServiceContext,
  input: { key: string; labelDe: string; labelEn: string; isPriority: boolean },
) {
  const actor = createKindAccess(ctx);
  if (await repo.findKindByKey(ctx.db, input.key)) throw invalidField('key', 'validation.kindExists');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(partnerKinds).values(input).returning(repo.kindColumns);
    if (!row) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
      organizationId: null,
      entityType: 'partner_kind',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}

function isStale(ctx: ServiceContext, lastConfirmedAt: Date): boolean {
  return Date.now() - lastConfirmedAt.getTime() > ctx.config.staleAfterDays * 86_400_000;
}

export async function getProfile(ctx: ServiceContext, organizationId: string) {
  const { row, ref, actor } = await loadProfile(ctx, organizationId, 'read');
  return presentProfile(ctx, row, profilePermissions(actor, ref));
}

async function presentProfile(
  ctx: ServiceContext,
  { organization, profile }: ProfileRow,
  permissions: ReturnType<typeof profilePermissions>,
) {
  return {
    organization: presentOrganization(ctx, organization),
    kinds: await repo.kindsOf(ctx.db, organization.id),
    profile: {
      coreMandate: profile.coreMandate,
      openingHours: profile.openingHours,
      languages: profile.languages,
      accessibility: profile.accessibility,
      targetGroups: profile.targetGroups,
      publicFields: profile.publicFields,
      lastConfirmedAt: profile.lastConfirmedAt,
      stale: isStale(ctx, profile.lastConfirmedAt),
      version: profile.version,
    },
    contactPersons: await repo.contactPersonsOf(ctx.db, organization.id),
    permissions,
  };
}

/** A partner without an account: organisation, profile and kinds in one transaction, owned by nobody yet. */
export async function createPartner(ctx: ServiceContext, input: CreatePartnerInput) {
  const actor = createPartnerAccess(ctx, input);
  const { kindKeys, coreMandate, ...organization } = input;
  const organizationId = await ctx.db.transaction(async (tx) => {
    const kinds = await repo.findKindsByKeys(tx, kindKeys);
    if (kinds.length !== new Set(kindKeys).size) throw invalidField('kindKeys', 'validation.unknownKind');
    const org = await insertOrganization(tx, actor, { ...organization, type: 'partner' });
    await tx.insert(partnerProfiles).values({ organizationId: org.id, coreMandate });
    await repo.replaceKinds(
      tx,
      org.id,
      kinds.map((k) => k.id),
    );
    return org.id;
  });
  return getProfile(ctx, organizationId);
}

/** The keepers of an unclaimed profile invite the partner, who joins as its admin and owns the profile. */
export async function inviteToClaim(ctx: ServiceContext, organizationId: string, email: string) {
  const { row, ref, actor } = await loadProfile(ctx, organizationId, 'update');
  if (ref.isClaimed) throw new AppError('conflict', { detail: 'validation.alreadyClaimed' });
  return sendInvitation(ctx, actor, row.organization, { email, role: 'admin' });
}

/** Editing a profile also confirms it: the owner has just looked at it. */
export async function updateProfile(ctx: ServiceContext, organizationId: string, input: UpdateProfileInput) {
  await ctx.db.transaction(async (tx) => {
    const { row, actor } = await loadProfile(ctx, organizationId, 'update', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const before = row.profile;
    const { version: _version, kindKeys, contactPersons: persons, ...fields } = input;
    if (kindKeys) {
      const kinds = await repo.findKindsByKeys(tx, kindKeys);
      if (kinds.length !== new Set(kindKeys).size) throw invalidField('kindKeys', 'validation.unknownKind');
      await repo.replaceKinds(
        tx,
        organizationId,
        kinds.map((k) => k.id),
      );
    }
    if (persons) {
      await tx.delete(contactPersons).where(eq(contactPersons.organizationId, organizationId));
      if (persons.length > 0) {
        await tx
          .insert(contactPersons)
          .values(persons.map((p, i) => ({ ...p, organizationId, sortOrder: i })));
      }
    }
    const [after] = await tx
      .update(partnerProfiles)
      .set({ ...fields, version: before.version + 1, lastConfirmedAt: new Date(), updatedAt: new Date() })
      .where(eq(partnerProfiles.organizationId, organizationId))
      .returning();
    const { searchDocument: _b, ...beforeImage } = before;
    await recordAudit(tx, {
      actor,
      organizationId,
      entityType: 'partner_profile',
      entityId: organizationId,
      action: 'update',
      before: beforeImage,
      after: after && { ...after, searchDocument: undefined, kindKeys, contactPersons: persons },
    });
  });
  return getProfile(ctx, organizationId);
}

/**
 * DSGVO Art. 17 for a business contact: the entry goes, and its name and address are replaced by a
 * pseudonym in the profile's history (earlier profile changes listed the contact persons).
 */
export async function deleteContactPerson(
  ctx: ServiceContext,
  organizationId: string,
  contactPersonId: string,
  version: number,
) {
  await ctx.db.transaction(async (tx) => {
    const { actor } = await loadProfile(ctx, organizationId, 'deleteContactPerson', {
      version,
      lock: true,
      db: tx,
    });
    const [removed] = await tx
      .delete(contactPersons)
      .where(and(eq(contactPersons.id, contactPersonId), eq(contactPersons.organizationId, organizationId)))
      .returning();
    if (!removed) throw notFound();
    // The contact list is part of the profile: a client that read it before this deletion is stale now.
    await tx
      .update(partnerProfiles)
      .set({ version: version + 1, updatedAt: new Date() })
      .where(eq(partnerProfiles.organizationId, organizationId));
    const pseudonym = `Gelöschte Kontaktperson ${removed.id.slice(0, 4)}`;
    await pseudonymiseAuditTrail(
      tx,
      { name: removed.name, email: removed.email ?? '', pseudonym },
      { organizationId },
    );
    await recordAudit(tx, {
      actor,
      organizationId,
      entityType: 'contact_person',
      entityId: removed.id,
      action: 'delete',
      // The history keeps that a contact was erased and what it was for, not who it was.
      before: { id: removed.id, name: pseudonym, role: removed.role, organizationId },
    });
  });
}
