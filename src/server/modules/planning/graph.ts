import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { todayInBerlin } from '../agreements/lifecycle';
import { signedAgreementPairsAt } from '../agreements/signed-agreement-pairs';
import { activeCooperationsAt } from '../directory/active-cooperations-at';
import { jointOfferingPairsAt } from '../offerings/joint-offering-pairs';
import { components, filterGraph, type GraphNode, joinEdges, MANY_CENTRES, metrics } from './graph-metrics';
import type { Graph, GraphQuery } from './graph-schemas';
import { planningAccess } from './policy/municipality';

interface NodeRow extends GraphNode {
  districtName: string | null;
}

/**
 * The municipality's organisations (centres and partners, linked or not) and every organisation an edge
 * reaches (a Jugendamt, a Träger, an organisation of a neighbouring municipality). Names, kinds and districts
 * only (decision 016). One statement.
 */
async function nodesOf(db: Executor, municipalityId: string, linked: string[]): Promise<NodeRow[]> {
  const ids = `{${linked.join(',')}}`;
  return queryRows<NodeRow>(
    db,
    sql`select o.id, o.name, o.type::text as type, o.district_id as "districtId", d.name as "districtName",
               o.municipality_id as "municipalityId",
               coalesce((select array_agg(k.key order by k.key) from organization_kinds ok
                           join partner_kinds k on k.id = ok.kind_id
                          where ok.organization_id = o.id), '{}') as kinds
          from organizations o left join districts d on d.id = o.district_id
         where (o.municipality_id = ${municipalityId}::uuid and o.type in ('family_centre', 'partner'))
            or o.id = any(${ids}::uuid[])
         order by o.name, o.id`,
  );
}

/** 400 for a district of another municipality, an unknown kind or a day still to come; nothing else is read. */
async function checkedQuery(db: Executor, query: GraphQuery) {
  const today = todayInBerlin();
  const at = query.at ?? today;
  if (at > today) throw invalidField('at', 'planningGraph.validation.atInFuture', 'bad_request');
  if (query.districtId) {
    const [found] = await queryRows<{ id: string }>(
      db,
      sql`select id from districts where id = ${query.districtId}::uuid and municipality_id = ${query.municipalityId}::uuid`,
    );
    if (!found) throw invalidField('districtId', 'planningGraph.validation.unknownDistrict', 'bad_request');
  }
  const partnerKinds = await queryRows<{ key: string; labelDe: string; labelEn: string }>(
    db,
    sql`select key, label_de as "labelDe", label_en as "labelEn" from partner_kinds order by sort_order, key`,
  );
  if (query.kind && !partnerKinds.some((k) => k.key === query.kind)) {
    throw invalidField('kind', 'planningGraph.validation.unknownKind', 'bad_request');
  }
  return { at, partnerKinds };
}

/**
 * GET /planning/graph: the network of a municipality on a day (issue 18 §5). Edges come from the owning
 * modules' read files (one grouped statement each), the filters and metrics from graph-metrics.ts.
 */
export async function planningGraph(ctx: ServiceContext, query: GraphQuery): Promise<Graph> {
  const { municipality } = await planningAccess(ctx, query.municipalityId, 'read');
  const { at, partnerKinds } = await checkedQuery(ctx.db, query);
  const [cooperations, agreements, offerings] = await Promise.all([
    activeCooperationsAt(ctx.db, municipality.id, at),
    signedAgreementPairsAt(ctx.db, municipality.id, at),
    jointOfferingPairsAt(ctx.db, municipality.id, at),
  ]);
  const allEdges = joinEdges({
    cooperations: cooperations.map((c) => ({ a: c.centreId, b: c.partnerId, n: 1 })),
    agreements: agreements.map((p) => ({ a: p.a, b: p.b, n: p.agreements })),
    jointOfferings: offerings.map((p) => ({ a: p.a, b: p.b, n: p.offerings })),
  });
  const linked = [...new Set(allEdges.flatMap((e) => [e.source, e.target]))];
  const rows = await nodesOf(ctx.db, municipality.id, linked);
  const known = new Map(rows.map((r) => [r.id, r.municipalityId === municipality.id]));
  // An edge needs both ends in the graph and one of them in this municipality.
  const own = allEdges.filter(
    (e) => known.has(e.source) && known.has(e.target) && (known.get(e.source) || known.get(e.target)),
  );
  const { nodes, edges, outside } = filterGraph(rows, own, query);
  const { degree, centres, isolatedCentreIds, partnersServingManyCentres } = metrics(nodes, edges);
  const { componentOf, sizes } = components(nodes, edges);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    municipalityId: municipality.id,
    at,
    districtId: query.districtId ?? null,
    kind: query.kind ?? null,
    nodes: nodes.map((n) => ({
      id: n.id,
      name: n.name,
      type: n.type,
      kinds: n.kinds,
      districtId: n.districtId,
      districtName: byId.get(n.id)?.districtName ?? null,
      external: n.municipalityId !== municipality.id,
      outside: outside.has(n.id),
      degree: degree.get(n.id) ?? 0,
      centres: centres.get(n.id) ?? 0,
      component: componentOf.get(n.id) ?? 0,
    })),
    edges,
    metrics: {
      isolatedCentreIds,
      manyCentres: MANY_CENTRES,
      partnersServingManyCentres,
      components: {
        count: sizes.length,
        sizes,
        unlinked: nodes.filter((n) => degree.get(n.id) === 0).length,
      },
    },
    partnerKinds,
  };
}
