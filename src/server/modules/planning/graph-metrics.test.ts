import { describe, expect, it } from 'vitest';
import { components, filterGraph, type GraphNode, joinEdges, metrics } from './graph-metrics';

const node = (id: string, type: string, districtId: string | null, kinds: string[] = []): GraphNode => ({
  id,
  name: id,
  type,
  kinds,
  districtId,
  municipalityId: 'm',
});

// Centres c1–c4 in district N, c5 in S; partner p links c1–c4 (a hub), q (counselling, S) links c5, r is alone.
const nodes = [
  ...['c1', 'c2', 'c3', 'c4'].map((id) => node(id, 'family_centre', 'N')),
  node('c5', 'family_centre', 'S'),
  node('p', 'partner', 'N', ['family_education']),
  node('q', 'partner', 'S', ['counselling']),
  node('r', 'partner', 'S', ['counselling']),
];
const edges = joinEdges({
  cooperations: ['c1', 'c2', 'c3', 'c4'].map((c) => ({ a: 'p', b: c, n: 1 })),
  agreements: [
    { a: 'c1', b: 'p', n: 2 },
    { a: 'q', b: 'c5', n: 1 },
  ],
  jointOfferings: [{ a: 'c5', b: 'q', n: 3 }],
});

describe('the network graph without the database', () => {
  it('joins the sources into one weighted edge per unordered pair', () => {
    expect(edges).toHaveLength(5);
    expect(edges.find((e) => e.source === 'c1')).toEqual({
      source: 'c1',
      target: 'p',
      cooperations: 1,
      agreements: 2,
      jointOfferings: 0,
      weight: 3,
    });
    expect(edges.find((e) => e.source === 'c5')).toMatchObject({
      agreements: 1,
      jointOfferings: 3,
      weight: 4,
    });
  });

  it('names the hubs and the components', () => {
    expect(metrics(nodes, edges).partnersServingManyCentres).toEqual([{ id: 'p', centres: 4 }]);
    const { componentOf, sizes } = components(nodes, edges);
    expect(sizes).toEqual([5, 2]);
    expect(componentOf.get('c3')).toBe(1);
    expect(componentOf.get('q')).toBe(2);
    expect(componentOf.get('r')).toBe(3);
  });

  it('a kind keeps the centres, a district keeps its links from outside', () => {
    const counselling = filterGraph(nodes, edges, { kind: 'counselling' });
    expect(counselling.nodes.map((n) => n.id)).not.toContain('p');
    expect(metrics(counselling.nodes, counselling.edges).isolatedCentreIds).toEqual(['c1', 'c2', 'c3', 'c4']);
    const south = filterGraph(nodes, edges, { districtId: 'S' });
    expect(south.nodes.map((n) => n.id).sort()).toEqual(['c5', 'q', 'r']);
    expect(south.outside.size).toBe(0);
  });
});
