import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import {
  assertTermOrder,
  EDITABLE_STATUSES,
  IN_FORCE_STATUSES,
  mergeSections,
  statusLabel,
  type Term,
} from './lifecycle';
import { resolveParties } from './parties';
import { allowCreation, loadAgreement } from './policy/agreements';
import { presentFull, termOf } from './present';
import { findVersion, type LoadedAgreement, nextReference, readAgreement } from './repo';
import {
  type AgreementType,
  agreementParties,
  agreements,
  agreementVersions,
  type ServiceRow,
  type TemplateServiceRow,
} from './schema';
import type { CreateAgreementInput, UpdateAgreementInput } from './schemas';
import { findUsableTemplate } from './templates';

const TERM_DEFAULTS = {
  endDate: null,
  autoRenewal: false,
  renewalMonths: 12,
  noticePeriodMonths: 3,
  reviewDate: null,
};

/** Template services name parties by position; the agreement stores the party ids. */
export function servicesForParties(services: TemplateServiceRow[], partyIds: string[]): ServiceRow[] {
  return services.flatMap(({ partyIndex, ...rest }) => {
    const partyId = partyIds[partyIndex];
    return partyId ? [{ ...rest, partyId }] : [];
  });
}

export interface NewAgreement {
  title: string;
  type: AgreementType;
  templateId: string | null;
  municipalityId: string;
  parties: Awaited<ReturnType<typeof resolveParties>>['parties'];
  term: Term;
  sections: ReturnType<typeof mergeSections>;
  services: TemplateServiceRow[];
  sharedWithYouthOffice: boolean;
  frameworkId?: string | null;
}

/** Inserts agreement, parties and version 1 inside the caller's transaction (also used by frameworks). */
export async function insertAgreement(ctx: ServiceContext, tx: Transaction, input: NewAgreement) {
  const reference = await nextReference(tx, new Date().getFullYear());
  const [row] = await tx
    .insert(agreements)
    .values({
      reference,
      title: input.title,
      type: input.type,
      templateId: input.templateId,
      municipalityId: input.municipalityId,
      ...input.term,
      sharedWithYouthOffice: input.sharedWithYouthOffice,
      frameworkId: input.frameworkId ?? null,
      createdBy: ctx.actor?.userId ?? null,
    })
    .returning();
  if (!row) throw new AppError('internal');
  const parties = await tx
    .insert(agreementParties)
    .values(
      input.parties.map((p, position) => ({
        agreementId: row.id,
        position,
        organizationId: p.organizationId,
        facilityIds: p.facilityIds,
        verbundMembers: p.verbundMembers,
        representativeName: p.representative?.name ?? null,
        representativeRole: p.representative?.role ?? null,
      })),
    )
    .returning();
  const partyIds = parties.sort((a, b) => a.position - b.position).map((p) => p.id);
  await tx.insert(agreementVersions).values({
    agreementId: row.id,
    number: 1,
    sections: input.sections,
    services: servicesForParties(input.services, partyIds),
    createdBy: ctx.actor?.userId ?? null,
  });
  await recordAudit(tx, {
    actor: ctx.actor,
    organizationId: input.parties[0]?.organizationId ?? null,
    entityType: 'agreement',
    entityId: row.id,
    action: 'create',
    after: { ...row, parties },
  });
  return row;
}

export async function createAgreement(ctx: ServiceContext, input: CreateAgreementInput) {
  // Access first: who may not create learns nothing of the organisations named (which exist, whose facility).
  allowCreation(ctx, input.parties);
  const resolved = await resolveParties(ctx.db, input.parties);
  const term = { ...TERM_DEFAULTS, ...input.term };
  assertTermOrder(term);
  const template = input.templateId
    ? await findUsableTemplate(
        ctx,
        input.templateId,
        input.parties.map((p) => p.organizationId),
      )
    : undefined;
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertAgreement(ctx, tx, {
      title: input.title,
      type: input.templateId && template ? template.type : input.type,
      templateId: template?.id ?? null,
      municipalityId: resolved.municipalityId,
      parties: resolved.parties,
      term,
      sections: mergeSections(template?.sections ?? {}, input.sections),
      services: input.services ?? template?.services ?? [],
      sharedWithYouthOffice: input.sharedWithYouthOffice,
    });
    return row.id;
  });
  return getFresh(ctx, id);
}

/** The agreement as just written, for the actor whose change the policy allowed. */
async function getFresh(ctx: ServiceContext, id: string) {
  const loaded = await readAgreement(ctx.db, id);
  if (!loaded) throw new AppError('not_found');
  return presentFull(ctx, ctx.db, loaded);
}

function checkPartyReferences(partyIds: Set<string>, input: UpdateAgreementInput): FieldError[] {
  const errors: FieldError[] = [];
  input.parties?.forEach((p, i) => {
    if (!partyIds.has(p.id))
      errors.push({ path: `parties.${i}.id`, message: 'validation.agreementUnknownParty' });
  });
  input.services?.forEach((s, i) => {
    if (!partyIds.has(s.partyId)) {
      errors.push({ path: `services.${i}.partyId`, message: 'validation.agreementUnknownParty' });
    }
  });
  input.childProtectionChecks?.forEach((c, i) => {
    if (!partyIds.has(c.partyId)) {
      errors.push({
        path: `childProtectionChecks.${i}.partyId`,
        message: 'validation.agreementUnknownParty',
      });
    }
  });
  return errors;
}

/** Validates facility changes of existing parties against their Träger. */
async function partyChanges(tx: Transaction, loaded: LoadedAgreement, input: UpdateAgreementInput) {
  const changes = input.parties ?? [];
  const inputs = changes.map((change) => {
    const party = loaded.parties.find((p) => p.id === change.id);
    return {
      organizationId: party?.organizationId ?? '',
      facilityIds: change.facilityIds ?? party?.facilityIds ?? [],
      representative: null,
    };
  });
  // The create-time checks; error paths are positions in the change list, as in the request.
  const resolved = inputs.length > 0 ? await resolveParties(tx, inputs) : undefined;
  return changes.map((change, i) => ({ change, verbundMembers: resolved?.parties[i]?.verbundMembers ?? {} }));
}

export async function updateAgreement(ctx: ServiceContext, id: string, input: UpdateAgreementInput) {
  await ctx.db.transaction(async (tx) => {
    const { row: loaded } = await loadAgreement(ctx, id, 'editAsParty', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const { row } = loaded;
    // Not editable because of its state rather than the actor's role: say so (409), not 403.
    if (!EDITABLE_STATUSES.includes(row.status)) {
      throw new AppError('conflict', {
        detail: 'error.agreementNotEditable.detail',
        params: { status: statusLabel(ctx.locale, row.status) },
      });
    }
    const errors = checkPartyReferences(new Set(loaded.parties.map((p) => p.id)), input);
    if (errors.length > 0) throw new AppError('validation', { errors });
    const term = { ...termOf(row), ...input.term };
    assertTermOrder(term);
    const parties = await partyChanges(tx, loaded, input);
    const current = await findVersion(tx, row.id, row.currentVersion);
    if (!current) throw new AppError('internal');
    // A signed version is never edited: the change starts version n+1 and the signed one stays in force.
    const startsNewVersion = IN_FORCE_STATUSES.includes(row.status);
    const number = startsNewVersion ? row.currentVersion + 1 : row.currentVersion;
    const content = {
      sections: mergeSections(current.sections, input.sections),
      services: input.services ?? current.services,
      childProtectionChecks: input.childProtectionChecks ?? current.childProtectionChecks,
    };
    if (startsNewVersion) {
      await tx.insert(agreementVersions).values({
        agreementId: row.id,
        number,
        ...content,
        createdBy: ctx.actor?.userId ?? null,
      });
    } else {
      await tx
        .update(agreementVersions)
        .set({ ...content, updatedAt: new Date() })
        .where(and(eq(agreementVersions.agreementId, row.id), eq(agreementVersions.number, number)));
    }
    for (const { change, verbundMembers } of parties) {
      await tx
        .update(agreementParties)
        .set({
          ...(change.facilityIds && { facilityIds: change.facilityIds, verbundMembers }),
          ...(change.representative !== undefined && {
            representativeName: change.representative?.name ?? null,
            representativeRole: change.representative?.role ?? null,
          }),
        })
        .where(eq(agreementParties.id, change.id));
    }
    const [after] = await tx
      .update(agreements)
      .set({
        ...(input.title && { title: input.title }),
        ...term,
        currentVersion: number,
        status: startsNewVersion ? 'amended' : row.status,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(agreements.id, row.id))
      .returning();
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: loaded.parties[0]?.organizationId ?? null,
      entityType: 'agreement',
      entityId: row.id,
      action: startsNewVersion ? 'amend' : 'update',
      before: { ...row, content: current },
      after: { ...after, content, parties: input.parties },
    });
  });
  return getFresh(ctx, id);
}

export { getFresh };
