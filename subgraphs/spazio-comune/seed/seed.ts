import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { upsertRows } from '../../shared/seed.js';
import { GovernanceBody } from '../governance-body.js';
import { Indicator } from '../indicator.js';
import { type Boundary, Municipio } from '../municipio.js';
import { Network } from '../network.js';
import { Point } from '../point.js';
import { WemiCategory } from '../wemi-category.js';
import municipiDs379 from './municipi_ds379.json' with { type: 'json' };
import municipiERete from './municipi-e-reti.json' with { type: 'json' };
import punti from './punti.json' with { type: 'json' };
import schede from './schede-tecniche.json' with { type: 'json' };

interface BoundaryFeature {
  properties: { MUNICIPIO: number };
  geometry: Boundary;
}

/** The official boundaries (Comune di Milano open data ds379, GeoJSON), kept as published. */
const boundary = new Map((municipiDs379.features as unknown as BoundaryFeature[]).map((f) => [f.properties.MUNICIPIO, f.geometry]));

export async function seedSpazioComune(em: EntityManager): Promise<void> {
  await upsertRows(
    em,
    Municipio,
    municipiERete.municipi.map((m) => ({ ...m, boundary: boundary.get(m.number) })) as EntityData<Municipio>[],
  );
  await upsertRows(em, Network, municipiERete.networks as EntityData<Network>[]);
  await upsertRows(em, Point, punti.points as EntityData<Point>[]);
  await upsertRows(em, WemiCategory, schede.wemiCategories as EntityData<WemiCategory>[]);
  await upsertRows(em, Indicator, schede.indicators as EntityData<Indicator>[]);
  await upsertRows(em, GovernanceBody, schede.governanceBodies as EntityData<GovernanceBody>[]);
}
