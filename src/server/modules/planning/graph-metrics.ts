/**
 * The network graph's shape, without the database: joining the edge sources, the filters by district and kind,
 * and the metrics (isolated centres, partners serving many centres, connected components). Pure functions, so
 * the rules are tested on their own and the service stays a few statements plus this.
 */

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  /** Partner kind keys (counselling, family_education, …). */
  kinds: string[];
  districtId: string | null;
  municipalityId: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Cooperations (0 or 1: one relationship per pair), agreements and joint offerings between the two. */
  cooperations: number;
  agreements: number;
  jointOfferings: number;
  weight: number;
}

export interface PairCount {
  a: string;
  b: string;
  n: number;
}

/** A partner serving at least this many centres is named among the network's hubs. */
export const MANY_CENTRES = 3;

type EdgeKind = 'cooperations' | 'agreements' | 'jointOfferings';

/** Sums the pairs of each source into one edge per unordered pair, weight = all links together. */
export function joinEdges(sources: Record<EdgeKind, PairCount[]>): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  for (const kind of ['cooperations', 'agreements', 'jointOfferings'] as const) {
    for (const { a, b, n } of sources[kind]) {
      if (a === b) continue;
      const [source, target] = a < b ? [a, b] : [b, a];
      const key = `${source}|${target}`;
      const edge = edges.get(key) ?? {
        source,
        target,
        cooperations: 0,
        agreements: 0,
        jointOfferings: 0,
        weight: 0,
      };
      edge[kind] += n;
      edge.weight += n;
      edges.set(key, edge);
    }
  }
  return [...edges.values()].sort(
    (x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target),
  );
}

export interface GraphFilter {
  districtId?: string | undefined;
  kind?: string | undefined;
}

/**
 * The part of the graph a filter asks for. `kind`: family centres and the organisations of that partner kind.
 * `districtId`: the organisations of the district and, marked `outside`, those they are linked with elsewhere
 * (a district's network includes who serves it from outside); only edges touching the district stay.
 */
export function filterGraph(nodes: GraphNode[], edges: GraphEdge[], filter: GraphFilter) {
  const kind = filter.kind;
  let kept = kind ? nodes.filter((n) => n.type === 'family_centre' || n.kinds.includes(kind)) : nodes;
  let keptIds = new Set(kept.map((n) => n.id));
  let keptEdges = edges.filter((e) => keptIds.has(e.source) && keptIds.has(e.target));
  const outside = new Set<string>();
  if (filter.districtId) {
    const core = new Set(kept.filter((n) => n.districtId === filter.districtId).map((n) => n.id));
    keptEdges = keptEdges.filter((e) => core.has(e.source) || core.has(e.target));
    for (const e of keptEdges) {
      if (!core.has(e.source)) outside.add(e.source);
      if (!core.has(e.target)) outside.add(e.target);
    }
    kept = kept.filter((n) => core.has(n.id) || outside.has(n.id));
    keptIds = new Set(kept.map((n) => n.id));
  }
  return { nodes: kept, edges: keptEdges, outside };
}

/**
 * Connected components by union-find: each node's component (1 = the largest; an organisation without links is
 * one of its own), and the sizes of those with at least two organisations.
 */
export function components(nodes: GraphNode[], edges: GraphEdge[]) {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    // Path compression keeps the next lookups short on large municipalities.
    let step = id;
    while (step !== root) {
      const next = parent.get(step) ?? root;
      parent.set(step, root);
      step = next;
    }
    return root;
  };
  for (const e of edges) {
    const [x, y] = [find(e.source), find(e.target)];
    if (x !== y) parent.set(x, y);
  }
  const members = new Map<string, string[]>();
  for (const n of nodes) {
    const root = find(n.id);
    members.set(root, [...(members.get(root) ?? []), n.id]);
  }
  const groups = [...members.values()].sort(
    (x, y) => y.length - x.length || (x[0] ?? '').localeCompare(y[0] ?? ''),
  );
  const componentOf = new Map<string, number>();
  groups.forEach((ids, index) => {
    for (const id of ids) componentOf.set(id, index + 1);
  });
  return { componentOf, sizes: groups.map((g) => g.length).filter((size) => size > 1) };
}

/** Degree, the centres a node is linked with, isolated centres and the partners serving many centres. */
export function metrics(nodes: GraphNode[], edges: GraphEdge[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  const centres = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    if (byId.get(e.target)?.type === 'family_centre') centres.set(e.source, (centres.get(e.source) ?? 0) + 1);
    if (byId.get(e.source)?.type === 'family_centre') centres.set(e.target, (centres.get(e.target) ?? 0) + 1);
  }
  const isolatedCentreIds = nodes
    .filter((n) => n.type === 'family_centre' && degree.get(n.id) === 0)
    .map((n) => n.id);
  const partnersServingManyCentres = nodes
    .filter((n) => n.type !== 'family_centre' && (centres.get(n.id) ?? 0) >= MANY_CENTRES)
    .map((n) => ({ id: n.id, centres: centres.get(n.id) ?? 0 }))
    .sort((x, y) => y.centres - x.centres || x.id.localeCompare(y.id));
  return { degree, centres, isolatedCentreIds, partnersServingManyCentres };
}
