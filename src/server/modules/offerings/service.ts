import { eq, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { targetGroupKeys } from '../directory/schemas';
import { startNewRound } from './consent-round';
import { candidateOrganizations, listOfferingSummaries, themeSuggestions } from './list-repo';
import {
  AGREED_STATES,
  allowCreate,
  allowDraft,
  allowOptions,
  coOrganizerCandidates,
  loadOffering,
  scope,
} from './policy';
import { presentOffering } from './present';
import * as repo from './repo';
import {
  offeringFormats,
  offeringStatuses,
  offerings,
  registrationModes,
  responsibilityKeys,
} from './schema';
import type { CreateOfferingInput, OfferingListQuery, UpdateOfferingInput } from './schemas';
import { accessibilityKeys } from './schemas';
import { checkInput } from './validate';

export async function getOffering(ctx: ServiceContext, id: string) {
  const { row, actor } = await loadOffering(ctx, id, 'read');
  return presentOffering(ctx.db, actor, row);
}

export async function options(ctx: ServiceContext) {
  const actor = allowOptions(ctx);
  const candidates = coOrganizerCandidates(actor);
  return {
    formats: [...offeringFormats],
    statuses: [...offeringStatuses],
    responsibilities: [...responsibilityKeys],
    registrationModes: [...registrationModes],
    targetGroups: [...targetGroupKeys],
    accessibility: [...accessibilityKeys],
    themes: await themeSuggestions(ctx.db),
    organizations: candidates ? await candidateOrganizations(ctx.db, candidates) : [],
  };
}

export async function listOfferings(ctx: ServiceContext, query: OfferingListQuery) {
  const condition = scope(ctx);
  return listOfferingSummaries(ctx.db, ctx.actor, condition, query);
}

type LeadOrg = Awaited<ReturnType<typeof repo.organizationsByIds>>[number];

/** Without an address the place is the lead organisation's (most offerings happen at the centre). */
function placeValues(input: CreateOfferingInput['place'], lead: LeadOrg | null) {
  const given =
    input.name !== null || input.street !== null || input.postalCode !== null || input.lat !== null;
  const from = given ? null : lead;
  return {
    placeName: input.name,
    street: from ? from.street : input.street,
    postalCode: from ? from.postalCode : input.postalCode,
    city: from ? from.city : input.city,
    lat: from ? from.lat : input.lat,
    lng: from ? from.lng : input.lng,
    districtId: input.districtId ?? lead?.districtId ?? null,
    roomId: input.roomId,
  };
}

export async function createOffering(ctx: ServiceContext, input: CreateOfferingInput) {
  allowDraft(ctx);
  const checked = await checkInput(ctx.db, input);
  // checkInput answered 422 unless exactly one known organisation leads.
  const lead = checked.organizations.find((o) => o.id === checked.leadOrganizationId);
  if (!lead) throw new Error('lead organisation unchecked');
  const actor = allowCreate(ctx, lead.id);
  const { organizers, schedules: _s, place, ...fields } = input;
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(offerings)
      .values({
        ...fields,
        plainDescription: fields.plainDescription ?? null,
        feeNote: fields.feeNote ?? null,
        accessibilityNote: fields.accessibilityNote ?? null,
        leadOrganizationId: lead.id,
        municipalityId: lead.municipalityId,
        ...placeValues(place, lead),
      })
      .returning();
    if (!inserted) throw new Error('offering insert returned nothing');
    await repo.replaceOrganizers(tx, inserted.id, organizers);
    await repo.replaceSchedules(tx, inserted.id, checked.schedules ?? []);
    await repo.refreshSearch(tx, inserted.id);
    await recordAudit(tx, {
      actor,
      organizationId: lead.id,
      entityType: 'offering',
      entityId: inserted.id,
      action: 'create',
      after: input,
    });
    return inserted;
  });
  return presentOffering(ctx.db, actor, row);
}

function sameOrganizers(a: repo.OrganizerRow[], b: repo.OrganizerInput[]): boolean {
  const key = (o: {
    organizationId: string;
    responsibilities: string[];
    otherResponsibilities?: string | null;
  }) =>
    `${o.organizationId}:${[...new Set(o.responsibilities)].sort().join(',')}:${o.otherResponsibilities ?? ''}`;
  return a.map(key).sort().join('|') === b.map(key).sort().join('|');
}

function sameSchedules(
  a: Awaited<ReturnType<typeof repo.schedulesOf>>,
  b: NonNullable<Awaited<ReturnType<typeof checkInput>>['schedules']>,
): boolean {
  const key = (s: {
    startDate: string;
    startTime: string;
    durationMinutes: number;
    rrule: string | null;
    exdates: string[];
  }) =>
    `${s.startDate} ${s.startTime} ${s.durationMinutes} ${s.rrule ?? ''} ${[...s.exdates].sort().join(',')}`;
  return a.map(key).join('|') === b.map(key).join('|');
}

export async function updateOffering(ctx: ServiceContext, id: string, input: UpdateOfferingInput) {
  const { version, organizers, schedules: _s, place, ...fields } = input;
  const row = await ctx.db.transaction(async (tx) => {
    const { row: before, actor } = await loadOffering(ctx, id, 'update', { version, lock: true, db: tx });
    const checked = await checkInput(tx, input, before);
    if (checked.leadOrganizationId && checked.leadOrganizationId !== before.leadOrganizationId) {
      throw new AppError('validation', {
        errors: [{ path: 'organizers', message: 'offerings.validation.leadChange' }],
      });
    }
    const oldOrganizers = await repo.organizersOf(tx, [id]);
    const organizersChanged = organizers !== undefined && !sameOrganizers(oldOrganizers, organizers);
    const schedulesChanged =
      checked.schedules !== undefined && !sameSchedules(await repo.schedulesOf(tx, id), checked.schedules);
    if (organizers && organizersChanged) await repo.replaceOrganizers(tx, id, organizers);
    if (checked.schedules && schedulesChanged) await repo.replaceSchedules(tx, id, checked.schedules);
    const [updated] = await tx
      .update(offerings)
      .set({
        ...fields,
        ...(place && placeValues(place, null)),
        version: sql`${offerings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(offerings.id, id))
      .returning();
    if (!updated) throw notFound();
    await repo.refreshSearch(tx, id);
    await recordAudit(tx, {
      actor,
      organizationId: before.leadOrganizationId,
      entityType: 'offering',
      entityId: id,
      action: 'update',
      before,
      after: input,
    });
    // Agreed terms changed: the co-organisers are asked again (see consent-round.ts for the rule).
    if ((organizersChanged || schedulesChanged) && AGREED_STATES.includes(updated.status)) {
      return startNewRound(ctx, tx, updated, actor);
    }
    return updated;
  });
  return presentOffering(ctx.db, ctx.actor, row);
}
