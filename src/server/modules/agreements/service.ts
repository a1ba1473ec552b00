import { eq, ilike, inArray, lte, or, sql } from 'drizzle-orm';
import { notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { attentionCondition } from './attention';
import { todayInBerlin } from './lifecycle';
import { loadAgreement, scope } from './policy/agreements';
import { presentFull, presentSummary, presentVersion } from './present';
import { findVersion, listAgreementRows, listVersionRows, loadMany, partyOfAny } from './repo';
import { agreementSignatures, agreements, sectionKeys } from './schema';
import type { AgreementListQuery } from './schemas';

export { createAgreement, updateAgreement } from './edit';
export { setSharing, transition } from './transitions';

export async function listAgreements(ctx: ServiceContext, query: AgreementListQuery) {
  const visible = scope(ctx);
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
  const page = await listAgreementRows(ctx.db, {
    visibility: visible,
    conditions: [
      query.party ? partyOfAny([query.party]) : undefined,
      query.status ? inArray(agreements.status, query.status) : undefined,
      query.type ? eq(agreements.type, query.type) : undefined,
      query.dueBefore
        ? or(lte(agreements.reviewDate, query.dueBefore), lte(agreements.endDate, query.dueBefore))
        : undefined,
      query.needsAttention === true ? attentionCondition(todayInBerlin()) : undefined,
      query.needsAttention === false ? sql`not (${attentionCondition(todayInBerlin())})` : undefined,
      pattern ? or(ilike(agreements.title, pattern), ilike(agreements.reference, pattern)) : undefined,
    ],
    limit: query.limit,
    cursor: query.cursor,
  });
  const loaded = await loadMany(ctx.db, page.items);
  return { items: loaded.map((l) => presentSummary(ctx, l)), nextCursor: page.nextCursor };
}

export async function getAgreement(ctx: ServiceContext, id: string) {
  const { row: loaded } = await loadAgreement(ctx, id, 'readMetadata');
  return presentFull(ctx, ctx.db, loaded);
}

export async function listVersions(ctx: ServiceContext, id: string) {
  await loadAgreement(ctx, id, 'readContent');
  const versions = await listVersionRows(ctx.db, id);
  const counts = await ctx.db
    .select({ number: agreementSignatures.versionNumber, n: sql<number>`count(*)::int` })
    .from(agreementSignatures)
    .where(eq(agreementSignatures.agreementId, id))
    .groupBy(agreementSignatures.versionNumber);
  return {
    items: versions.map((v) => ({
      number: v.number,
      status: v.status,
      createdAt: v.createdAt,
      signedAt: v.signedAt,
      signatures: counts.find((c) => c.number === v.number)?.n ?? 0,
    })),
  };
}

export async function getVersion(ctx: ServiceContext, id: string, number: number) {
  await loadAgreement(ctx, id, 'readContent');
  const version = await findVersion(ctx.db, id, number);
  if (!version) throw notFound();
  return presentVersion(version);
}

/** Section by section: what changed from version `from` to version `to`. */
export async function diffVersions(ctx: ServiceContext, id: string, from: number, to: number) {
  await loadAgreement(ctx, id, 'readContent');
  const [before, after] = await Promise.all([findVersion(ctx.db, id, from), findVersion(ctx.db, id, to)]);
  if (!before || !after) throw notFound();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    from,
    to,
    sections: sectionKeys.map((key) => ({
      key,
      changed: (before.sections[key] ?? '') !== (after.sections[key] ?? ''),
      before: before.sections[key] ?? '',
      after: after.sections[key] ?? '',
    })),
    servicesChanged: !same(before.services, after.services),
    childProtectionChanged: !same(before.childProtectionChecks, after.childProtectionChecks),
  };
}
