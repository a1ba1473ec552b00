import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { type CooperationRelationship, listRelationships } from '../directory/cooperation-relationships';
import type { CooperationRow, LoadedCooperation, ModelRow } from './cooperation-repo';
import { cooperationRows, hasModel, modelsById } from './cooperation-repo';
import type { CooperationItem } from './cooperation-schemas';
import { decisionsOf, type SideDecision } from './decisions';
import {
  type CooperationRef,
  cooperationPermissions,
  cooperationScope,
  loadCooperation,
} from './policy/cooperations';
import { timelineOf } from './timeline';

/** The cooperations a person sees (list) and one cooperation with its timeline (issue 17 §1, §7). */

export interface CooperationListQuery {
  limit: number;
  cursor?: string | undefined;
  organizationId?: string | undefined;
  status?: CooperationRelationship['status'] | undefined;
  modelId?: string | undefined;
}

const refOf = (r: CooperationRelationship): CooperationRef => ({
  centreId: r.centreId,
  partnerId: r.partnerId,
  centreMunicipalityId: r.centreMunicipalityId,
});

const modelName = (model: ModelRow, ctx: ServiceContext) =>
  ctx.locale === 'en' ? model.nameEn : model.nameDe;

function item(
  ctx: ServiceContext,
  actor: Actor,
  relationship: CooperationRelationship,
  parts: { cooperation: CooperationRow | undefined; model: ModelRow | undefined; decisions: SideDecision[] },
): CooperationItem {
  const side = (organizationId: string) =>
    parts.decisions.find((d) => d.organizationId === organizationId) ?? null;
  return {
    id: relationship.id,
    centre: { id: relationship.centreId, name: relationship.centreName },
    partner: { id: relationship.partnerId, name: relationship.partnerName, kinds: relationship.partnerKinds },
    status: relationship.status,
    statusChangedAt: relationship.statusChangedAt,
    model: parts.model
      ? { id: parts.model.id, key: parts.model.key, name: modelName(parts.model, ctx) }
      : null,
    decisions: { centre: side(relationship.centreId), partner: side(relationship.partnerId) },
    version: parts.cooperation?.version ?? 0,
    permissions: cooperationPermissions(actor, refOf(relationship)),
  };
}

/** The own organisations, whose assessments the actor sees in full (planners and admins: none of theirs is a side). */
const ownOrganizations = (actor: Actor) => actor.memberships.map((m) => m.organizationId);

export async function listCooperations(ctx: ServiceContext, query: CooperationListQuery) {
  const { actor, scope } = cooperationScope(ctx);
  const page = await listRelationships(ctx.db, {
    scope,
    organizationId: query.organizationId,
    status: query.status,
    where: query.modelId ? hasModel(query.modelId) : undefined,
    limit: query.limit,
    cursor: query.cursor,
  });
  const ids = page.items.map((r) => r.id);
  const [rows, decisions] = await Promise.all([
    cooperationRows(ctx.db, ids),
    decisionsOf(ctx.db, ids, ownOrganizations(actor)),
  ]);
  const models = await modelsById(
    ctx.db,
    [...rows.values()].map((r) => r.modelId),
  );
  return {
    items: page.items.map((relationship) => {
      const cooperation = rows.get(relationship.id);
      return item(ctx, actor, relationship, {
        cooperation,
        model: cooperation?.modelId ? models.get(cooperation.modelId) : undefined,
        decisions: decisions.get(relationship.id) ?? [],
      });
    }),
    nextCursor: page.nextCursor,
  };
}

/** One cooperation as the actor may see it: each side's notes only for that side, the timeline newest first. */
export async function presentCooperation(ctx: ServiceContext, actor: Actor, loaded: LoadedCooperation) {
  const { relationship, cooperation } = loaded;
  const [models, decisions, timeline] = await Promise.all([
    modelsById(ctx.db, [cooperation?.modelId ?? null]),
    decisionsOf(ctx.db, [relationship.id], ownOrganizations(actor)),
    timelineOf(ctx.db, relationship, {
      locale: ctx.locale,
      bookingTitles: cooperationPermissions(actor, refOf(relationship)).readBookingTitles,
    }),
  ]);
  const model = cooperation?.modelId ? models.get(cooperation.modelId) : undefined;
  const base = item(ctx, actor, relationship, {
    cooperation,
    model,
    decisions: decisions.get(relationship.id) ?? [],
  });
  const may = base.permissions;
  return {
    ...base,
    model: model
      ? {
          ...base.model,
          id: model.id,
          key: model.key,
          name: modelName(model, ctx),
          description: ctx.locale === 'en' ? model.descriptionEn : model.descriptionDe,
          typicalHoursPerMonth:
            model.typicalHoursPerMonth === null ? null : Number(model.typicalHoursPerMonth),
          agreementTemplateKey: model.agreementTemplateKey,
          offeringFormats: model.offeringFormats,
        }
      : null,
    ...(may.readCentreNotes && {
      internalNotes: relationship.internalNotes,
      nextStep:
        relationship.nextStep || relationship.nextStepDue
          ? { text: relationship.nextStep, due: relationship.nextStepDue }
          : null,
    }),
    ...(may.readPartnerNotes && { partnerNotes: cooperation?.partnerNotes ?? null }),
    timeline,
  };
}

export async function getCooperation(ctx: ServiceContext, id: string) {
  const { row, actor } = await loadCooperation(ctx, id, 'read');
  return presentCooperation(ctx, actor, row);
}
