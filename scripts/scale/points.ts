import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../subgraphs/shared/auth/viewer.js';
import { rowsFile, writePoints } from '../../subgraphs/spazio-comune/import/import-points.js';
import { parsePoints } from '../../subgraphs/spazio-comune/import/parse-points.js';
import { positionIn } from './milan.js';
import type { Random } from './random.js';
import { GENERATED_DOCUMENT, POINT_ID_PREFIX } from './sizes.js';

/** A generated point: what the other parts need of it (its operators work in its Municipio's network). */
export interface GeneratedPoint {
  id: string;
  kind: 'CSRC' | 'WEMI';
  municipio: number;
}

/** Points per import: one transaction each, as one `npm run import` of a file of this many points. */
const BATCH = 1_000;

const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
const SLOTS = ['09:00-13:00', '09:30-12:30', '14:00-18:00', '14:30-18:30', '15:00-19:00'] as const;
const HEADER = 'id,kind,name,street,postal_code,city,latitude,longitude,manager,opened_on,hours';

/**
 * The points, as CSV files of the importer's format (subgraphs/spazio-comune/import/parse-points.ts)
 * in batches of BATCH, each parsed and written by the importer's own functions (parsePoints,
 * writePoints) inside one transaction, as the importPoints mutation does: created at version 1,
 * one audit entry each, the Municipio derived from the coordinates. The importer marks what it
 * writes as real, so the same transaction then marks the batch's points and hours as demo.
 * Spread evenly over the nine Municipi (so over the nine networks), a third of them Spazi WeMi.
 */
export async function generatePoints(em: EntityManager, viewer: Viewer, count: number, random: Random): Promise<GeneratedPoint[]> {
  const points: GeneratedPoint[] = [];
  const perMunicipio = new Map<number, number>();
  for (let first = 0; first < count; first += BATCH) {
    const lines = [HEADER];
    const batch: GeneratedPoint[] = [];
    for (let i = first; i < Math.min(count, first + BATCH); i++) {
      const municipio = (i % 9) + 1;
      const n = (perMunicipio.get(municipio) ?? 0) + 1;
      perMunicipio.set(municipio, n);
      const kind = i % 3 === 2 ? 'WEMI' : 'CSRC';
      const point = { id: `${POINT_ID_PREFIX}${kind.toLowerCase()}-${municipio}-${n}`, kind, municipio } as const;
      batch.push(point);
      lines.push(csvLine(point, n, random));
    }
    await em.fork().transactional(async (tx) => {
      const { rows, problems } = parsePoints(`${lines.join('\n')}\n`, 'CSV');
      if (problems.length > 0) throw new Error(`the generated points do not parse: ${JSON.stringify(problems.slice(0, 3))}`);
      const counts = await writePoints(tx, viewer, rowsFile(rows), { document: GENERATED_DOCUMENT, action: 'importPoints' });
      if (counts.created !== batch.length) throw new Error(`the importer created ${counts.created} of ${batch.length} points`);
      const ids = batch.map((p) => p.id);
      await tx.execute('update spazio_comune.point set source_demo = true where id = any(?::text[])', [`{${ids.join(',')}}`]);
      await tx.execute('update spazio_comune.opening_hours set source_demo = true where point_id = any(?::text[])', [`{${ids.join(',')}}`]);
    });
    points.push(...batch);
  }
  return points;
}

function csvLine(point: GeneratedPoint, n: number, random: Random): string {
  const { latitude, longitude } = positionIn(point.municipio, random);
  const name = `${point.kind === 'WEMI' ? 'Spazio WeMi' : 'CSRC'} generato ${point.municipio}.${n}`;
  const street = `Via dimostrativa ${random.int(1, 200)}`;
  const manager = random.chance(0.6) ? `Associazione dimostrativa ${random.int(1, 120)}` : '';
  const opened = `20${random.int(10, 25)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  return [point.id, point.kind, name, street, '', 'Milano', latitude, longitude, manager, opened, `"${hours(point, random)}"`].join(',');
}

/** Three to six intervals on distinct days; Spazi WeMi keep front office, CSRC mostly other uses. */
function hours(point: GeneratedPoint, random: Random): string {
  return random
    .some(DAYS, random.int(3, 6))
    .map((day, i) => {
      const activity =
        point.kind === 'WEMI'
          ? i % 3 === 2
            ? 'DIGITAL_EDUCATION'
            : 'FRONT_OFFICE'
          : random.pick(['OTHER', 'OTHER', 'FRONT_OFFICE', 'DIGITAL_EDUCATION'] as const);
      return `${day} ${random.pick(SLOTS)} ${activity}`;
    })
    .join('; ');
}
