import type { EntityManager } from '@mikro-orm/postgresql';
import { PARTICIPATION_ID_PREFIX, participationIdSql } from './participation.js';

/**
 * Audit entries by bulk SQL: the first `count` generated participation records, as if each had been
 * recorded through the back office (recordParticipation writes one entry of this shape), by one of
 * nine demo editors, one per Municipio. Inserts only: the trail's trigger refuses updates and
 * deletes, and still does after this.
 */
export async function generateAuditEntries(em: EntityManager, count: number): Promise<number> {
  await em.fork().transactional(async (tx) => {
    await tx.execute(
      `insert into spazio_comune.audit_entry (at, actor, role, action, entity_type, entity_id, before, after)
       select r.recorded_on + time '09:00' + (i % 480) * interval '1 minute',
              'demo-editor-' || substring(r.network_code from '[0-9]+$'), 'editor', 'recordParticipation', 'ParticipationRecord', r.id,
              '{}'::jsonb, jsonb_build_object('indicator', r.indicator_code, 'point', r.point_id, 'date', r.recorded_on, 'count', r.quantity)
       from generate_series(1, ?::int) i
       join spazio_comune.participation r on r.id = ${participationIdSql('i')}`,
      [count, PARTICIPATION_ID_PREFIX],
    );
  });
  return count;
}
