import { z } from 'zod';
import type { ServiceContext } from '../../service-context';
import { todayInBerlin } from '../agreements/lifecycle';
import { loadAgreement } from '../agreements/policy/agreements';
import { sealAgreementsOf, sealPartiesOfAgreement } from '../agreements/seal-agreements';
import { loadOffering } from '../offerings/policy';
import { sealCriteriaOfOffering, sealOfferingsOf } from '../offerings/seal-offerings';
import { type CriterionRow, currentEditionId, loadEdition } from './edition-read';
import { kindsOfOrganizations } from './self-check-sources';

/**
 * The criteria an offering or an agreement counts for, for the badges on its page (issue 19 §3), by the current
 * edition's rules: an offering for the codes it carries that accept offerings, an agreement for the criteria that
 * accept agreements with partners of its parties' kinds. `counts` says whether it counts now: an offering with a
 * session this calendar year, an agreement in force today. Who may read the record may read its badges: the
 * owning module's loader decides (404/403 as there).
 */
export const badgesQuerySchema = z
  .object({ offeringId: z.uuid().optional(), agreementId: z.uuid().optional() })
  .refine((q) => (q.offeringId === undefined) !== (q.agreementId === undefined), {
    message: 'Give exactly one of offeringId and agreementId',
  });

export const badgesSchema = z.object({
  items: z.array(
    z.object({ code: z.string(), titleDe: z.string(), titleEn: z.string(), counts: z.boolean() }),
  ),
});

type Badges = z.infer<typeof badgesSchema>;

const badge = (c: CriterionRow, counts: boolean) => ({
  code: c.code,
  titleDe: c.titleDe,
  titleEn: c.titleEn,
  counts,
});

async function currentCriteria(ctx: ServiceContext): Promise<CriterionRow[]> {
  const id = await currentEditionId(ctx.db);
  return id ? ((await loadEdition(ctx.db, id))?.criteria ?? []) : [];
}

async function offeringBadges(ctx: ServiceContext, offeringId: string): Promise<Badges> {
  await loadOffering(ctx, offeringId, 'read');
  const codes = await sealCriteriaOfOffering(ctx.db, offeringId);
  if (!codes || codes.criteria.length === 0) return { items: [] };
  const year = todayInBerlin().slice(0, 4);
  const ran = await sealOfferingsOf(ctx.db, codes.organizerIds, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  const counts = ran.some((o) => o.id === offeringId && o.sessionsInPeriod > 0);
  const criteria = await currentCriteria(ctx);
  return {
    items: criteria
      .filter((c) => codes.criteria.includes(c.code) && c.evidence.includes('offering'))
      .map((c) => badge(c, counts)),
  };
}

async function agreementBadges(ctx: ServiceContext, agreementId: string): Promise<Badges> {
  await loadAgreement(ctx, agreementId, 'readMetadata');
  const parties = (await sealPartiesOfAgreement(ctx.db, agreementId)) ?? [];
  const kinds = new Set([...(await kindsOfOrganizations(ctx.db, parties)).values()].flat());
  const today = todayInBerlin();
  const rows = await sealAgreementsOf(ctx.db, parties, today, today);
  const counts = rows.some((r) => r.id === agreementId && r.inForce);
  const criteria = await currentCriteria(ctx);
  return {
    items: criteria
      .filter(
        (c) =>
          c.evidence.includes('agreement') &&
          (c.partnerKinds.length === 0 || c.partnerKinds.some((k) => kinds.has(k))),
      )
      .map((c) => badge(c, counts)),
  };
}

export function badgesOf(ctx: ServiceContext, query: z.infer<typeof badgesQuerySchema>): Promise<Badges> {
  return query.offeringId
    ? offeringBadges(ctx, query.offeringId)
    : agreementBadges(ctx, query.agreementId ?? '');
}
