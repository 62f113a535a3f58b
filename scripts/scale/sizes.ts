import demo from '../../subgraphs/spazio-comune/seed/demo.json' with { type: 'json' };
import punti from '../../subgraphs/spazio-comune/seed/punti.json' with { type: 'json' };

/** The points the seed holds today (the public lists and the demo set): scale 1 adds as many again. */
export const SEED_POINTS = punti.points.length + demo.points.length;

/** The five calls of Servizio Civile, as the national calls of 2022 to 2026; 2022 is the seeded call. */
export const CALL_YEARS = [2022, 2023, 2024, 2025, 2026] as const;

/** How much the generator writes at a scale. */
export interface Sizes {
  scale: number;
  /** Points generated on top of the seed's: scale × today's count. */
  points: number;
  /** Servizio Civile sites, shared by the calls (national size at scale 100: about 60,000). */
  sites: number;
  programmesPerCall: number;
  projectsPerCall: number;
  placementsPerCall: number;
  participation: number;
  auditEntries: number;
}

/** Everything but the points is the national or yearly size at scale 100, proportional below and above. */
export function sizesAt(scale: number): Sizes {
  if (!(scale > 0) || scale > 1000) throw new Error(`the scale must be a number above 0 and at most 1000; got ${scale}`);
  const share = (atHundred: number) => Math.max(1, Math.round((atHundred * scale) / 100));
  return {
    scale,
    points: Math.max(1, Math.round(scale * SEED_POINTS)),
    sites: share(60_000),
    programmesPerCall: share(600),
    projectsPerCall: share(3_000),
    placementsPerCall: share(70_000),
    participation: share(1_000_000),
    auditEntries: share(100_000),
  };
}

/** What every generated record's source says: invented, as the demo set is. */
export const GENERATED_DOCUMENT = 'Dati dimostrativi del Milano Municipal Graph: generatore di scala (inventati, non reali)';

/** Every generated point's id starts with this (the demo set's "demo-", then "scale-"). */
export const POINT_ID_PREFIX = 'demo-scale-';
