import { arrayContains, arrayOverlaps, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { AppError, notFound } from '../../../http/errors';
import { type Actor, allow, makeLoader, plannedMunicipalities, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { districts } from '../../accounts/schema';
import { type LoadedAgreement, partyOfAny, readAgreement } from '../repo';
import { agreements } from '../schema';
import {
  type AgreementRef,
  type AttentionRef,
  agreementRules,
  attentionRules,
  mayCreateAgreement,
  type PartyRef,
  representsParty,
  signableParties,
} from './rules';

/** Access to agreements (decision 013): the loader, the list scope and the permissions the web app gets. */

export function refOf(loaded: LoadedAgreement): AgreementRef {
  const { row } = loaded;
  return {
    municipalityIds: row.municipalityIds.length > 0 ? row.municipalityIds : [row.municipalityId],
    status: row.status,
    sharedWithYouthOffice: row.sharedWithYouthOffice,
    parties: loaded.parties.map((p) => ({
      id: p.id,
      organizationId: p.organizationId,
      facilityIds: p.facilityIds,
      signed: loaded.signedPartyIds.has(p.id),
    })),
  };
}

/** 404 for who may not see even the metadata, 403 without `action`, 409 when `version` is stale. */
export const loadAgreement = makeLoader({
  rules: agreementRules,
  visible: agreementRules.readMetadata,
  find: (db: Executor, id: string, lock: boolean) => readAgreement(db, id, lock),
  refOf: (_db, loaded) => refOf(loaded),
  versionOf: (loaded) => loaded.row.version,
});

/** Which agreements the actor sees at all: their parties' and, for planners, those involving their municipality. */
export function scope(ctx: ServiceContext): SQL {
  const actor = signedIn(ctx);
  if (actor.isInstanceAdmin) return sql`true`;
  const memberOf = actor.memberships.map((m) => m.organizationId);
  const planned = plannedMunicipalities(actor);
  const scopes = [
    memberOf.length > 0 ? partyOfAny(memberOf) : undefined,
    planned.length > 0 ? arrayOverlaps(agreements.municipalityIds, planned) : undefined,
  ].filter((s): s is SQL => s !== undefined);
  return or(...scopes) ?? sql`false`;
}

/** The agreements of one attention list: of an organisation (403 for non-members), or of a municipality. */
export function attentionScope(ctx: ServiceContext, ref: AttentionRef): SQL {
  allow(ctx, attentionRules.read, ref);
  return 'organizationId' in ref
    ? partyOfAny([ref.organizationId])
    : // Every agreement involving a facility of the municipality, not only those whose first party lies there.
      arrayContains(agreements.municipalityIds, [ref.municipalityId]);
}

/** What the actor may start from an attention list's organisation or municipality. */
export function scopePermissions(actor: Actor | null, ref: AttentionRef) {
  return {
    createAgreement: actor !== null && attentionRules.createAgreement(actor, ref),
    createFramework: actor !== null && attentionRules.createFramework(actor, ref),
  };
}

/** What the web app may offer on an agreement. */
export function permissions(actor: Actor | null, ref: AgreementRef) {
  const can = (rule: (a: Actor, r: AgreementRef) => boolean) => actor !== null && rule(actor, ref);
  return {
    readContent: can(agreementRules.readContent),
    edit: can(agreementRules.edit),
    comment: can(agreementRules.comment),
    resolveComment: can(agreementRules.resolveComment),
    transition: can(agreementRules.transition),
    sign: can(agreementRules.sign),
    // For which parties (ids) the actor can sign now: someone may represent one party but not another.
    signFor: actor ? signableParties(actor, ref) : [],
    share: can(agreementRules.share),
  };
}

/**
 * 403 unless the actor represents one of the parties of the new agreement (401 signed out). Decided on the
 * parties as named, before the use case checks them: who may not create learns nothing of the organisations.
 */
export function allowCreation(ctx: ServiceContext, parties: Omit<PartyRef, 'id'>[]): void {
  allow(
    ctx,
    mayCreateAgreement,
    parties.map((p, i) => ({ ...p, id: String(i) })),
  );
}

/** The party the actor signs for: 422 when it is not a party of the agreement, 403 when they do not represent it. */
export function signingParty(actor: Actor, loaded: LoadedAgreement, partyId: string) {
  const party = loaded.parties.find((p) => p.id === partyId);
  if (!party) {
    throw new AppError('validation', {
      errors: [{ path: 'partyId', message: 'validation.agreementUnknownParty' }],
    });
  }
  if (!representsParty(actor, party)) {
    throw new AppError('forbidden', { detail: 'error.agreementNotParty.detail' });
  }
  return party;
}

/** The district of a framework (404 when unknown); 403 unless the actor plans its municipality. */
export async function allowFramework(ctx: ServiceContext, districtId: string) {
  signedIn(ctx);
  const [district] = await ctx.db.select().from(districts).where(eq(districts.id, districtId));
  if (!district) throw notFound();
  allow(ctx, attentionRules.createFramework, { municipalityId: district.municipalityId });
  return district;
}
