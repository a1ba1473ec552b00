import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../../db/client';
import { calendarDateSchema } from '../../http/time-schemas';
import type { ServiceContext } from '../../service-context';
import { addMonths, todayInBerlin } from '../agreements/lifecycle';
import { sealOfferingsOf } from '../offerings/seal-offerings';
import { currentEditionId, type LoadedEdition, loadEdition } from './edition-read';
import { overviewAccess } from './policy/overview';
import { evidenceFor, type RuleContext } from './self-check-rules';
import { type EvidenceSources, evidenceSourcesOf } from './self-check-sources';

/**
 * The planner's overview (issue 19 §6): per centre and Verbund of a municipality the cycle dates, whether the
 * re-certification is due within 12 months, and each area met or not — no documents, no evidence titles. The
 * evidence of all the municipality's facilities is read at once (one statement per kind, one more per review
 * year in use) and split per subject in memory, never a self-check per subject.
 */

export const overviewQuerySchema = z.object({ municipalityId: z.uuid(), at: calendarDateSchema.optional() });

export const overviewSchema = z.object({
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  at: calendarDateSchema,
  /** The current edition's areas, for the table's columns. */
  areas: z.array(z.object({ number: z.number().int(), nameDe: z.string(), nameEn: z.string() })),
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      type: z.enum(['family_centre', 'network']),
      network: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      cycle: z
        .object({
          certifiedOn: calendarDateSchema,
          validUntil: calendarDateSchema,
          reviewYear: z.number().int(),
          edition: z.string(),
        })
        .nullable(),
      dueWithin12Months: z.boolean(),
      overdue: z.boolean(),
      areas: z.array(
        z.object({
          number: z.number().int(),
          met: z.boolean(),
          basicMet: z.number().int(),
          advancedMet: z.number().int(),
        }),
      ),
      areasMet: z.number().int(),
    }),
  ),
  summary: z.object({
    subjects: z.number().int(),
    withCycle: z.number().int(),
    dueWithin12Months: z.number().int(),
    overdue: z.number().int(),
  }),
});
type Overview = z.infer<typeof overviewSchema>;

interface SubjectRow {
  id: string;
  name: string;
  type: 'family_centre' | 'network';
  networkId: string | null;
  networkName: string | null;
  certifiedOn: string | null;
  validUntil: string | null;
  reviewYear: number | null;
  editionId: string | null;
}

async function subjectsOf(ctx: ServiceContext, municipalityId: string): Promise<SubjectRow[]> {
  return queryRows<SubjectRow>(
    ctx.db,
    sql`select o.id::text as id, o.name, o.type::text as type, n.id::text as "networkId", n.name as "networkName",
          to_char(c.certified_on, 'YYYY-MM-DD') as "certifiedOn", to_char(c.valid_until, 'YYYY-MM-DD') as "validUntil",
          c.review_year as "reviewYear", c.edition_id::text as "editionId"
        from organizations o
        left join organizations n on n.id = o.network_id
        left join lateral (select * from seal_cycles sc where sc.organization_id = o.id
                           order by sc.certified_on desc limit 1) c on true
        where o.municipality_id = ${municipalityId}::uuid and o.type in ('family_centre', 'network')
        order by o.name, o.id`,
  );
}

/** The sources restricted to some facilities (the offerings of the subject's review year). */
function sourcesFor(
  all: EvidenceSources,
  offerings: EvidenceSources['offerings'],
  ids: Set<string>,
): EvidenceSources {
  return {
    offerings: offerings.filter((o) => ids.has(o.facilityId)),
    agreements: all.agreements.filter((a) => ids.has(a.facilityId) && a.inForce),
    cooperations: all.cooperations.filter((c) => ids.has(c.centreId)),
    rooms: all.rooms.filter((r) => ids.has(r.facilityId)),
    manual: all.manual.filter((m) => ids.has(m.organizationId)),
    kindsOf: all.kindsOf,
  };
}

export async function sealOverview(
  ctx: ServiceContext,
  query: z.infer<typeof overviewQuerySchema>,
): Promise<Overview> {
  const { municipality } = await overviewAccess(ctx, query.municipalityId);
  const today = todayInBerlin();
  const at = query.at ?? today;
  const subjects = await subjectsOf(ctx, query.municipalityId);
  const allIds = subjects.map((s) => s.id);
  const current = await currentEditionId(ctx.db);
  // The current edition always: its areas head the table even when every cycle uses an older one.
  const editionIds = [
    ...new Set([current, ...subjects.map((s) => s.editionId ?? current)].filter((id): id is string => !!id)),
  ];
  const years = [...new Set(subjects.map((s) => s.reviewYear ?? Number(today.slice(0, 4))))];
  const [editions, sources, offeringsByYear] = await Promise.all([
    Promise.all(editionIds.map((id) => loadEdition(ctx.db, id))),
    evidenceSourcesOf(ctx.db, allIds, { from: at, to: at }, at, at),
    Promise.all(years.map((y) => sealOfferingsOf(ctx.db, allIds, { from: `${y}-01-01`, to: `${y}-12-31` }))),
  ]);
  const editionOf = new Map(editions.filter((e): e is LoadedEdition => !!e).map((e) => [e.edition.id, e]));
  const dueLimit = addMonths(at, 12);
  const items = subjects.map((s) => {
    const year = s.reviewYear ?? Number(today.slice(0, 4));
    const facilityIds = new Set([
      s.id,
      ...(s.type === 'network' ? subjects.filter((m) => m.networkId === s.id).map((m) => m.id) : []),
    ]);
    const mine = sourcesFor(sources, offeringsByYear[years.indexOf(year)] ?? [], facilityIds);
    const edition = editionOf.get(s.editionId ?? current ?? '');
    const rc: RuleContext = {
      locale: ctx.locale,
      subjectId: s.id,
      facilities: [],
      reviewYear: year,
      validUntil: s.validUntil,
      kindLabels: new Map(),
    };
    const areas = (edition?.areas ?? []).map((area) => {
      const met =
        edition?.criteria.filter((c) => c.area === area.number && evidenceFor(rc, mine, c).length > 0) ?? [];
      const basicMet = met.filter((c) => c.kind === 'basic').length;
      const advancedMet = met.filter((c) => c.kind === 'advanced').length;
      return {
        number: area.number,
        basicMet,
        advancedMet,
        met: basicMet >= area.minBasic && advancedMet >= area.minAdvanced,
      };
    });
    const cycle =
      s.certifiedOn && s.validUntil && s.reviewYear !== null
        ? {
            certifiedOn: s.certifiedOn,
            validUntil: s.validUntil,
            reviewYear: s.reviewYear,
            edition: edition?.edition.key ?? '',
          }
        : null;
    return {
      id: s.id,
      name: s.name,
      type: s.type,
      network: s.networkId ? { id: s.networkId, name: s.networkName ?? '' } : null,
      cycle,
      dueWithin12Months: !!s.validUntil && s.validUntil >= at && s.validUntil <= dueLimit,
      overdue: !!s.validUntil && s.validUntil < at,
      areas,
      areasMet: areas.filter((a) => a.met).length,
    };
  });
  return {
    municipality: { id: municipality.id, name: municipality.name },
    at,
    areas: (editionOf.get(current ?? '')?.areas ?? []).map(({ number, nameDe, nameEn }) => ({
      number,
      nameDe,
      nameEn,
    })),
    items,
    summary: {
      subjects: items.length,
      withCycle: items.filter((i) => i.cycle).length,
      dueWithin12Months: items.filter((i) => i.dueWithin12Months).length,
      overdue: items.filter((i) => i.overdue).length,
    },
  };
}
