import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { invalidField, notFound } from '../../http/errors';
import { cursorParts, decodeCursor, encodeCursor } from '../../http/pagination';
import type { ServiceContext } from '../../service-context';
import { municipalities } from '../accounts/schema';
import { instanceTemplateKeyExists } from '../agreements/template-keys';
import { recordAudit } from '../audit/service';
import { offeringFormats } from '../offerings/schema';
import type { CreateCooperationModelInput } from './models-schemas';
import { allowModelCreation, modelListPermissions, modelScope } from './policy/models';
import { cooperationModels } from './schema';

/** Cooperation models: built-in, instance-wide and a municipality's own (issue 17 §5). */

type ModelRow = typeof cooperationModels.$inferSelect;

function present(ctx: ServiceContext, row: ModelRow) {
  const en = ctx.locale === 'en';
  return {
    id: row.id,
    key: row.key,
    municipalityId: row.municipalityId,
    name: en ? row.nameEn : row.nameDe,
    nameDe: row.nameDe,
    nameEn: row.nameEn,
    description: en ? row.descriptionEn : row.descriptionDe,
    descriptionDe: row.descriptionDe,
    descriptionEn: row.descriptionEn,
    typicalHoursPerMonth: row.typicalHoursPerMonth === null ? null : Number(row.typicalHoursPerMonth),
    agreementTemplateKey: row.agreementTemplateKey,
    offeringFormats: row.offeringFormats,
    builtIn: row.builtIn,
    // Models are not changed once added (a cooperation's history names them).
    permissions: {},
  };
}

const offsetCursor = z.tuple([cursorParts.offset]);

/** The models the caller may use, built-in first (sort order), then by name; an offset cursor (lists are short). */
export async function listModels(ctx: ServiceContext, query: { limit: number; cursor?: string | undefined }) {
  const { actor, scope } = modelScope(ctx);
  const [offset] = query.cursor ? decodeCursor(query.cursor, offsetCursor) : [0];
  const rows = await ctx.db
    .select()
    .from(cooperationModels)
    .where(scope)
    .orderBy(asc(cooperationModels.sortOrder), asc(cooperationModels.nameDe), asc(cooperationModels.id))
    .limit(query.limit + 1)
    .offset(offset);
  const items = rows.slice(0, query.limit);
  return {
    items: items.map((row) => present(ctx, row)),
    nextCursor: rows.length > query.limit ? encodeCursor([offset + query.limit]) : null,
    permissions: modelListPermissions(actor),
  };
}

async function checkModel(ctx: ServiceContext, input: CreateCooperationModelInput) {
  input.offeringFormats.forEach((format, index) => {
    if (!(offeringFormats as readonly string[]).includes(format)) {
      throw invalidField(`offeringFormats.${index}`, 'cooperations.validation.unknownFormat');
    }
  });
  if (input.agreementTemplateKey && !(await instanceTemplateKeyExists(ctx.db, input.agreementTemplateKey))) {
    throw invalidField('agreementTemplateKey', 'cooperations.validation.unknownTemplate');
  }
  const sameKey: SQL | undefined = and(
    eq(cooperationModels.key, input.key),
    input.municipalityId === null
      ? isNull(cooperationModels.municipalityId)
      : eq(cooperationModels.municipalityId, input.municipalityId),
  );
  const taken = await ctx.db.select({ id: cooperationModels.id }).from(cooperationModels).where(sameKey);
  if (taken.length > 0) throw invalidField('key', 'cooperations.validation.modelKeyTaken');
}

export async function createModel(ctx: ServiceContext, input: CreateCooperationModelInput) {
  const actor = allowModelCreation(ctx, { municipalityId: input.municipalityId });
  if (input.municipalityId !== null) {
    const found = await ctx.db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(eq(municipalities.id, input.municipalityId));
    if (found.length === 0) throw invalidField('municipalityId', 'validation.unknownMunicipality');
  }
  await checkModel(ctx, input);
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(cooperationModels)
      .values({
        ...input,
        typicalHoursPerMonth: input.typicalHoursPerMonth === null ? null : String(input.typicalHoursPerMonth),
        builtIn: false,
        createdBy: actor.userId,
      })
      .returning();
    if (!inserted) throw notFound();
    await recordAudit(tx, {
      actor,
      organizationId: null,
      entityType: 'cooperation_model',
      entityId: inserted.id,
      action: 'create',
      after: inserted,
    });
    return inserted;
  });
  return present(ctx, row);
}
