import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { organizationKinds, partnerKinds } from '../directory/schema';
import { insertAgreement } from './edit';
import { assertTermOrder, mergeSections } from './lifecycle';
import { allowFramework } from './policy/agreements';
import { agreementParties, agreements, agreementTemplates } from './schema';
import type { frameworkSchema } from './schemas';
import { ensureBuiltInTemplates, findUsableTemplate } from './templates';

type Org = { id: string; name: string; providerId: string | null };

/** Family centres of the district and counselling centres of its municipality. */
async function pairsOf(ctx: ServiceContext, districtId: string, municipalityId: string) {
  const columns = { id: organizations.id, name: organizations.name, providerId: organizations.providerId };
  const centres = await ctx.db
    .select(columns)
    .from(organizations)
    .where(and(eq(organizations.type, 'family_centre'), eq(organizations.districtId, districtId)));
  const counselling = await ctx.db
    .selectDistinct(columns)
    .from(organizations)
    .innerJoin(organizationKinds, eq(organizationKinds.organizationId, organizations.id))
    .innerJoin(partnerKinds, eq(partnerKinds.id, organizationKinds.kindId))
    .where(and(eq(partnerKinds.key, 'counselling'), eq(organizations.municipalityId, municipalityId)));
  return centres.flatMap((centre) => counselling.map((partner) => ({ centre, partner })));
}

/** Pairs that already have a basic cooperation: a second framework run does not duplicate them. */
async function existingPairs(ctx: ServiceContext, municipalityId: string): Promise<Set<string>> {
  const rows = await ctx.db
    .select({ agreementId: agreementParties.agreementId, facilityIds: agreementParties.facilityIds })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .where(
      and(
        eq(agreements.municipalityId, municipalityId),
        eq(agreements.type, 'basic_cooperation'),
        ne(agreements.status, 'ended'),
      ),
    );
  const byAgreement = new Map<string, string[]>();
  for (const r of rows)
    byAgreement.set(r.agreementId, [...(byAgreement.get(r.agreementId) ?? []), ...r.facilityIds]);
  return new Set([...byAgreement.values()].map((ids) => [...ids].sort().join('|')));
}

const party = (org: Org) => ({
  organizationId: org.providerId ?? org.id,
  facilityIds: [org.id],
  representative: null,
  verbundMembers: {},
});

/** Jugendamt "Basiskooperation": one agreement per counselling centre × family centre, each living on its own. */
export async function createFramework(ctx: ServiceContext, input: z.infer<typeof frameworkSchema>) {
  const district = await allowFramework(ctx, input.districtId);
  const term = {
    endDate: null,
    autoRenewal: false,
    renewalMonths: 12,
    noticePeriodMonths: 3,
    reviewDate: null,
    ...input.term,
  };
  assertTermOrder(term);
  await ensureBuiltInTemplates(ctx.db);
  const template = input.templateId
    ? await findUsableTemplate(ctx, input.templateId, [])
    : (
        await ctx.db
          .select()
          .from(agreementTemplates)
          .where(
            and(eq(agreementTemplates.key, 'basic_cooperation'), inArray(agreementTemplates.builtIn, [true])),
          )
      )[0];
  const done = await existingPairs(ctx, district.municipalityId);
  const pairs = (await pairsOf(ctx, district.id, district.municipalityId)).filter(
    ({ centre, partner }) => !done.has([centre.id, partner.id].sort().join('|')),
  );
  if (pairs.length === 0) {
    throw new AppError('validation', {
      errors: [{ path: 'districtId', message: 'validation.agreementNoDistrictPairs' }],
    });
  }
  const frameworkId = randomUUID();
  const items = await ctx.db.transaction(async (tx) => {
    const created = [];
    for (const { centre, partner } of pairs) {
      const title = `${input.title}: ${partner.name} – ${centre.name}`;
      const row = await insertAgreement(ctx, tx, {
        title,
        type: 'basic_cooperation',
        templateId: template?.id ?? null,
        municipalityId: district.municipalityId,
        parties: [party(centre), party(partner)],
        term,
        sections: mergeSections(template?.sections ?? {}),
        services: template?.services ?? [],
        // The Jugendamt brokered it: it sees the content from the start; the parties may withdraw that.
        sharedWithYouthOffice: true,
        frameworkId,
      });
      created.push({ id: row.id, title, parties: [centre.name, partner.name] });
    }
    return created;
  });
  return { frameworkId, created: items.length, items };
}
