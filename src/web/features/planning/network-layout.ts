/**
 * Where each organisation sits in the network chart: one field per district (sorted by name, those without a
 * district last), centres in the middle of their field and partners around them on a sunflower spiral. Computed
 * in one pass (no force simulation), so even the largest municipality is placed in milliseconds and the same
 * data always gives the same picture.
 */

export interface LayoutNode {
  id: string;
  type: string;
  districtId: string | null;
  districtName: string | null;
  degree: number;
}

export interface Position {
  x: number;
  y: number;
}

export interface LayoutGroup {
  key: string;
  label: string | null;
  centre: Position;
  radius: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring nodes on the spiral (model units; Cytoscape fits the view afterwards). */
const SPACING = 34;

const rank = (n: LayoutNode) => (n.type === 'family_centre' ? 0 : n.degree > 0 ? 1 : 2);

export function layoutNetwork(nodes: LayoutNode[]): {
  positions: Map<string, Position>;
  groups: LayoutGroup[];
} {
  const byGroup = new Map<string, { label: string | null; members: LayoutNode[] }>();
  for (const n of nodes) {
    const key = n.districtId ?? '';
    const group = byGroup.get(key) ?? { label: n.districtName, members: [] };
    group.members.push(n);
    byGroup.set(key, group);
  }
  const keys = [...byGroup.keys()].sort((a, b) => {
    if (a === '' || b === '') return a === '' ? 1 : -1;
    return (byGroup.get(a)?.label ?? '').localeCompare(byGroup.get(b)?.label ?? '', 'de');
  });
  const largest = Math.max(1, ...[...byGroup.values()].map((g) => g.members.length));
  const cell = 2 * SPACING * Math.sqrt(largest) + 3 * SPACING;
  const columns = Math.max(1, Math.ceil(Math.sqrt(keys.length)));
  const positions = new Map<string, Position>();
  const groups: LayoutGroup[] = [];
  keys.forEach((key, index) => {
    const group = byGroup.get(key);
    if (!group) return;
    const centre = { x: (index % columns) * cell, y: Math.floor(index / columns) * cell };
    // Centres first (innermost), then linked partners, then the unlinked ones at the rim.
    const members = [...group.members].sort((a, b) => rank(a) - rank(b) || b.degree - a.degree);
    members.forEach((n, i) => {
      const r = SPACING * Math.sqrt(i + 0.5);
      positions.set(n.id, {
        x: centre.x + r * Math.cos(i * GOLDEN_ANGLE),
        y: centre.y + r * Math.sin(i * GOLDEN_ANGLE),
      });
    });
    groups.push({ key, label: group.label, centre, radius: SPACING * Math.sqrt(members.length + 0.5) });
  });
  return { positions, groups };
}
