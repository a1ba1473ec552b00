import { kinks } from '@turf/kinks';
import { describe, expect, it } from 'vitest';
import { Random } from '../../../../demo/random';
import type { Ring } from './geojson';
import { firstCrossing } from './geojson-crossings';

/** A ring of `n` random points around a centre: in angle order simple, shuffled usually crossing itself. */
function randomRing(random: Random, n: number, shuffled: boolean): Ring {
  const points = Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * (i + random.next() * 0.5)) / n;
    const radius = random.between(0.005, 0.02);
    return [7.45 + radius * Math.cos(angle), 51.5 + radius * Math.sin(angle)] as [number, number];
  });
  if (shuffled) points.sort(() => random.next() - 0.5);
  return [...points, points[0] as [number, number]];
}

describe('firstCrossing', () => {
  it('agrees with @turf/kinks on 400 random rings, with and without holes', () => {
    const random = new Random(18);
    for (let i = 0; i < 400; i++) {
      const rings = [randomRing(random, random.int(4, 40), random.chance(0.5))];
      if (random.chance(0.3)) rings.push(randomRing(random, random.int(4, 8), false));
      const expected = kinks({ type: 'Polygon', coordinates: rings }).features.length > 0;
      expect(firstCrossing(rings) !== null, JSON.stringify(rings)).toBe(expected);
    }
  });

  it('finds a ring touching itself at a vertex', () => {
    const figureEight: Ring = [
      [0, 0],
      [1, 1],
      [2, 0],
      [2, 2],
      [1, 1],
      [0, 2],
      [0, 0],
    ];
    expect(firstCrossing([figureEight])).toEqual([1, 1]);
  });
});
