import type { Geometry } from './graph.js';

/**
 * The nine Municipi as SVG paths, drawn from their official boundaries (GeoJSON from the graph).
 * An equirectangular projection scaled by cos(latitude) is true enough at the scale of one city.
 */

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 600;

export interface Projection {
  point(longitude: number, latitude: number): [number, number];
  width: number;
  height: number;
}

const rings = (g: Geometry): number[][][] =>
  g.type === 'Polygon' ? (g.coordinates as number[][][]) : (g.coordinates as number[][][][]).flat();

export function projection(geometries: Geometry[]): Projection {
  const all = geometries.flatMap(rings).flat();
  const lons = all.map((c) => c[0] ?? 0);
  const lats = all.map((c) => c[1] ?? 0);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((east - west) * k);
  return {
    point: (lon, lat) => [(lon - west) * k * scale, (north - lat) * scale],
    width: WIDTH,
    height: Math.ceil((north - south) * scale),
  };
}

export function pathOf(g: Geometry, p: Projection): string {
  return rings(g)
    .map(
      (ring) =>
        `M${ring
          .map((c) =>
            p
              .point(c[0] ?? 0, c[1] ?? 0)
              .map((v) => v.toFixed(1))
              .join(','),
          )
          .join('L')}Z`,
    )
    .join('');
}

/** Where to write a Municipio's number: the centre of its outer ring's vertices (inside for these shapes). */
export function labelPoint(g: Geometry, p: Projection): [number, number] {
  const outer = rings(g)[0] ?? [];
  const lon = outer.reduce((s, c) => s + (c[0] ?? 0), 0) / outer.length;
  const lat = outer.reduce((s, c) => s + (c[1] ?? 0), 0) / outer.length;
  return p.point(lon, lat);
}

export function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}
