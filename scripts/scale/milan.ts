import boundaries from '../../subgraphs/spazio-comune/seed/municipi_ds379.json' with { type: 'json' };
import type { Random } from './random.js';

interface Feature {
  properties: { MUNICIPIO: number };
  geometry: { coordinates: number[][][] };
}

/** Each Municipio's outer ring ([longitude, latitude] pairs), from the official boundaries the seed loads. */
const rings = new Map(
  (boundaries.features as unknown as Feature[]).map((f) => {
    const ring = f.geometry.coordinates[0] ?? [];
    const xs = ring.map((c) => c[0] ?? 0);
    const ys = ring.map((c) => c[1] ?? 0);
    return [f.properties.MUNICIPIO, { ring, box: [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] }];
  }),
);

/** Whether a position lies inside a ring (ray casting). */
function inside(ring: number[][], longitude: number, latitude: number): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/**
 * A position inside a Municipio, six decimals as the demo set writes them: drawn in the ring's
 * bounding box until one falls inside (the importer then derives the Municipio from it, as for the
 * demo points). Positions within about 20 m of the boundary are drawn again, so that rounding and
 * PostgreSQL's own containment test agree on the Municipio.
 */
export function positionIn(municipio: number, random: Random): { latitude: number; longitude: number } {
  const found = rings.get(municipio);
  if (!found) throw new Error(`no boundary for Municipio ${municipio}`);
  const { ring, box } = found;
  const [minX = 0, maxX = 0, minY = 0, maxY = 0] = box;
  const margin = 0.0002;
  for (;;) {
    const longitude = Number((minX + random.next() * (maxX - minX)).toFixed(6));
    const latitude = Number((minY + random.next() * (maxY - minY)).toFixed(6));
    const around = [
      [longitude, latitude],
      [longitude + margin, latitude],
      [longitude - margin, latitude],
      [longitude, latitude + margin],
      [longitude, latitude - margin],
    ];
    if (around.every(([x = 0, y = 0]) => inside(ring, x, y))) return { latitude, longitude };
  }
}
