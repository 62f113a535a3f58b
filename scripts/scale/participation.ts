import type { EntityManager } from '@mikro-orm/postgresql';
import { GENERATED_DOCUMENT, POINT_ID_PREFIX } from './sizes.js';

/** The generated participation records' ids: this, then their number from 1 in eight digits. */
export const PARTICIPATION_ID_PREFIX = `${POINT_ID_PREFIX}part-`;

/** The SQL of the id of record number `i`: padded, so that ids come in index order and the primary key's index only grows at its end. */
export const participationIdSql = (i: string) => `? || lpad(${i}::text, 8, '0')`;

/**
 * Participation records by bulk SQL (insert … select generate_series), not the ORM: a million rows
 * through recordParticipation would take far longer than the rest together. Each is at a generated
 * point, in its Municipio's network, for one of the indicators, on a day of 2024 to 2026; the
 * choices are arithmetic on the row's number, so the same count gives the same rows.
 */
export async function generateParticipation(em: EntityManager, count: number): Promise<number> {
  await em.fork().transactional(async (tx) => {
    const [points] = await tx.execute<{ n: number }[]>(
      'select count(*)::int as n from spazio_comune.point where id like ? and source_demo',
      [`${POINT_ID_PREFIX}%`],
    );
    // Joined by number (a hash join): an array of the points' ids, indexed per row, was read whole for every row.
    await tx.execute(
      `insert into spazio_comune.participation
         (id, indicator_code, network_code, point_id, recorded_on, quantity, source_document, source_section, source_url, source_demo)
       select ${participationIdSql('i')}, codes[1 + i % cardinality(codes)], p.network, p.id,
              date '2024-01-01' + ((i::bigint * 7919) % 1096)::int, 1 + (i * 31 + i / 7) % 25,
              ?, 'Partecipazione registrata', null, true
       from generate_series(1, ?::int) i
       cross join (select array_agg(code order by code) as codes from spazio_comune.indicator) c
       join (
         select id, 'SPAZIO COMUNE.' || coalesce(municipio_number, derived_municipio_number) as network, row_number() over (order by id) - 1 as k
         from spazio_comune.point where id like ? and source_demo
       ) p on p.k = (i::bigint * 48271) % ?::int
       order by i`,
      [PARTICIPATION_ID_PREFIX, GENERATED_DOCUMENT, count, `${POINT_ID_PREFIX}%`, points?.n ?? 0],
    );
  });
  return count;
}
