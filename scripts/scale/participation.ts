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
    await tx.execute(
      `insert into spazio_comune.participation
         (id, indicator_code, network_code, point_id, recorded_on, quantity, source_document, source_section, source_url, source_demo)
       select ${participationIdSql('i')}, codes[1 + i % cardinality(codes)], networks[1 + k], ids[1 + k],
              date '2024-01-01' + ((i::bigint * 7919) % 1096)::int, 1 + (i * 31 + i / 7) % 25,
              ?, 'Partecipazione registrata', null, true
       from (select array_agg(code order by code) as codes from spazio_comune.indicator) c,
            (select array_agg(id order by id) as ids,
                    array_agg('SPAZIO COMUNE.' || coalesce(municipio_number, derived_municipio_number) order by id) as networks
             from spazio_comune.point where id like ? and source_demo) p,
            generate_series(1, ?::int) i,
            lateral (select ((i::bigint * 48271) % cardinality(ids))::int as k) pick`,
      [PARTICIPATION_ID_PREFIX, GENERATED_DOCUMENT, `${POINT_ID_PREFIX}%`, count],
    );
  });
  return count;
}
