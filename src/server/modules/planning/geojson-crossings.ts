import type { Position, Ring } from './geojson';

/**
 * Where a polygon's edges cross or touch, found with a sweep over the edges sorted by their west end: only
 * edges whose longitude ranges overlap are compared, so a district of thousands of vertices is checked in
 * milliseconds (comparing every pair, as @turf/kinks does, took over a second at 10,000 vertices and would
 * hold the server's event loop). Neighbouring edges of a ring share a vertex and are not compared.
 */

interface Edge {
  ring: number;
  index: number;
  /** Edges of the ring (the last one closes it). */
  count: number;
  a: Position;
  b: Position;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function edgesOf(rings: Ring[]): Edge[] {
  return rings.flatMap((ring, r) =>
    ring.slice(0, -1).map((a, i) => {
      const b = ring[i + 1] as Position;
      return {
        ring: r,
        index: i,
        count: ring.length - 1,
        a,
        b,
        minX: Math.min(a[0], b[0]),
        maxX: Math.max(a[0], b[0]),
        minY: Math.min(a[1], b[1]),
        maxY: Math.max(a[1], b[1]),
      };
    }),
  );
}

const cross = (o: Position, p: Position, q: Position) =>
  (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
const within = (p: Position, e: Edge) => p[0] >= e.minX && p[0] <= e.maxX && p[1] >= e.minY && p[1] <= e.maxY;

/** The point where two edges meet (crossing, touching or overlapping), or null. */
function meeting(e: Edge, f: Edge): Position | null {
  const d1 = cross(f.a, f.b, e.a);
  const d2 = cross(f.a, f.b, e.b);
  const d3 = cross(e.a, e.b, f.a);
  const d4 = cross(e.a, e.b, f.b);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [e.a[0] + t * (e.b[0] - e.a[0]), e.a[1] + t * (e.b[1] - e.a[1])];
  }
  if (d1 === 0 && within(e.a, f)) return e.a;
  if (d2 === 0 && within(e.b, f)) return e.b;
  if (d3 === 0 && within(f.a, e)) return f.a;
  if (d4 === 0 && within(f.b, e)) return f.b;
  return null;
}

/** Consecutive edges of a ring, including the last and the first, share their vertex by design. */
function neighbours(e: Edge, f: Edge): boolean {
  if (e.ring !== f.ring) return false;
  const gap = Math.abs(e.index - f.index);
  return gap === 1 || gap === e.count - 1;
}

/** The first point where an edge crosses or touches another (of the same or another ring), or null. */
export function firstCrossing(rings: Ring[]): Position | null {
  const edges = edgesOf(rings).sort((p, q) => p.minX - q.minX);
  let active: Edge[] = [];
  for (const edge of edges) {
    active = active.filter((other) => other.maxX >= edge.minX);
    for (const other of active) {
      if (other.maxY < edge.minY || other.minY > edge.maxY || neighbours(edge, other)) continue;
      const point = meeting(edge, other);
      if (point) return point;
    }
    active.push(edge);
  }
  return null;
}
