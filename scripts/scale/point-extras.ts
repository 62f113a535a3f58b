import type { EntityManager } from '@mikro-orm/postgresql';
import { Source } from '../../subgraphs/shared/source.js';
import { Activity } from '../../subgraphs/spazio-comune/opening-hours.js';
import { Operator, OperatorRole } from '../../subgraphs/spazio-comune/operator.js';
import { SpecialSchedule } from '../../subgraphs/spazio-comune/special-schedule.js';
import type { GeneratedPoint } from './points.js';
import type { Random } from './random.js';
import { GENERATED_DOCUMENT } from './sizes.js';

/** Points per transaction. */
const BATCH = 2_000;

const source = (section: string) => Object.assign(new Source(), { document: GENERATED_DOCUMENT, section, url: null, demo: true });

/**
 * Special schedules and operators of the generated points, through the entities, as the seed writes
 * those of the demo set (no importer reads them): every point closes for two weeks in August, a
 * third open at other hours over Christmas; a Spazio WeMi has one or two front-office operators, a
 * CSRC a referent, each in the network of the point's Municipio.
 */
export async function generatePointExtras(
  em: EntityManager,
  points: GeneratedPoint[],
  random: Random,
): Promise<{ special: number; operators: number }> {
  let special = 0;
  let operators = 0;
  for (let first = 0; first < points.length; first += BATCH) {
    await em.fork().transactional(async (tx) => {
      for (const point of points.slice(first, first + BATCH)) {
        const from = random.int(1, 10);
        tx.create(SpecialSchedule, {
          id: `${point.id}-estate`,
          point: point.id,
          validFrom: `2026-08-${String(from).padStart(2, '0')}`,
          validTo: `2026-08-${String(from + 14).padStart(2, '0')}`,
          closed: true,
          reason: 'Chiusura estiva',
          source: source('Chiusure'),
        });
        special++;
        if (random.chance(1 / 3)) {
          tx.create(SpecialSchedule, {
            id: `${point.id}-natale`,
            point: point.id,
            validFrom: '2026-12-27',
            validTo: '2026-12-30',
            closed: false,
            opens: '10:00',
            closes: '13:00',
            activity: point.kind === 'WEMI' ? Activity.FRONT_OFFICE : Activity.OTHER,
            reason: 'Apertura ridotta nelle feste',
            source: source('Aperture straordinarie'),
          });
          special++;
        }
        const count = point.kind === 'WEMI' ? random.int(1, 2) : 1;
        for (let n = 1; n <= count; n++) {
          const weeklyHours = random.pick([18, 20, 24, 30, 36]);
          tx.create(Operator, {
            id: `${point.id}-op${n}`,
            network: `SPAZIO COMUNE.${point.municipio}`,
            point: point.id,
            role: point.kind === 'WEMI' ? OperatorRole.FRONT_OFFICE : OperatorRole.CSRC_REFERENT,
            weeklyHours,
            frontOfficeHours: point.kind === 'WEMI' ? Math.round(weeklyHours * 0.75) : null,
            source: source('Operatori'),
          });
          operators++;
        }
      }
    });
  }
  return { special, operators };
}
