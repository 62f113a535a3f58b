import type { EntityData, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertMissing } from '../../shared/seed.js';
import type { SeedOptions } from '../../shared/subgraph.js';
import { deriveMunicipi, refreshMunicipioAreas } from '../geography.js';
import { GovernanceBody } from '../governance-body.js';
import { Indicator } from '../indicator.js';
import { type Boundary, Municipio } from '../municipio.js';
import { OpeningHours } from '../opening-hours.js';
import { Operator } from '../operator.js';
import { ParticipationRecord } from '../participation-record.js';
import { Point } from '../point.js';
import { SharedService } from '../shared-service.js';
import { SheetProvision } from '../sheet-provision.js';
import { SpazioComune } from '../spazio-comune.js';
import { SpecialSchedule } from '../special-schedule.js';
import { WemiCategory } from '../wemi-category.js';
import demo from './demo.json' with { type: 'json' };
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

/**
 * The demo data set, parents first: points, their hours and special schedules, operators, shared
 * services, recorded participation. Every record's source says demo: true. It adds records of its
 * own and never changes a real one.
 */
const DEMO: [EntityName<object>, EntityData<object>[]][] = [
  [Point, demo.points],
  [OpeningHours, demo.openingHours],
  [SpecialSchedule, demo.specialSchedules],
  [Operator, demo.operators],
  [SharedService, demo.sharedServices],
  [ParticipationRecord, demo.participation],
] as [EntityName<object>, EntityData<object>[]][];

export async function seedSpazioComune(em: EntityManager, options: SeedOptions): Promise<void> {
  await insertMissing(
    em,
    Municipio,
    municipiERete.municipi.map((m) => ({ ...m, boundary: boundary.get(m.number) })) as EntityData<Municipio>[],
  );
  const boundariesMoved = (await refreshMunicipioAreas(em)) > 0;
  await insertMissing(em, SpazioComune, municipiERete.networks as EntityData<SpazioComune>[]);
  await insertMissing(em, Point, punti.points as EntityData<Point>[]);
  await insertMissing(em, WemiCategory, schede.wemiCategories as EntityData<WemiCategory>[]);
  await insertMissing(em, Indicator, schede.indicators as EntityData<Indicator>[]);
  await insertMissing(em, GovernanceBody, schede.governanceBodies as EntityData<GovernanceBody>[]);
  await insertMissing(em, SheetProvision, schede.provisions as EntityData<SheetProvision>[]);
  if (options.demo) {
    // A point changed through the back office keeps its hours, special schedules and operators:
    // demo children removed by a write are not inserted again, so the seed inserts the children
    // only of points still at version 1. Asked of the demo points only: a start reads no more
    // however many points were edited since.
    const demoPoints = (demo.points as { id: string }[]).map((p) => p.id);
    const edited = new Set((await em.find(Point, { id: { $in: demoPoints }, version: { $gt: 1 } }, { fields: ['id'] })).map((p) => p.id));
    for (const [entity, rows] of DEMO) {
      const untouched = rows.filter((row) => !edited.has((row as { point?: string }).point ?? ''));
      await insertMissing(em, entity, untouched);
    }
  } else {
    for (const [entity] of [...DEMO].reverse()) await em.nativeDelete(entity, { source: { demo: true } });
  }
  // Only the points no write has placed yet (all of them when a boundary moved): a start does not
  // cost work in proportion to the points when nothing changed.
  await deriveMunicipi(em, boundariesMoved ? 'all' : 'unsettled');
}
