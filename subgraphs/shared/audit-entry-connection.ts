import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './audit-entry.js';
import { type Connection, checkFirst, connectionType, decodeCursor, toConnection } from './connection.js';
import { tableOf } from './sql.js';

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'audit entry');

/** The entries of one record, newest first, one page after the cursor (a keyset on the entry's id). */
export async function auditHistory(
  em: EntityManager,
  entityType: string,
  entityId: string,
  first: number,
  after: string | null | undefined,
): Promise<Connection<AuditEntry>> {
  checkFirst(first);
  const before = decodeCursor('history', after);
  const where = { entityType, entityId };
  const [totalCount, rows] = await Promise.all([
    em.count(AuditEntry, where),
    em.find(AuditEntry, before === null ? where : { ...where, id: { $lt: String(before) } }, { orderBy: { id: 'desc' }, limit: first + 1 }),
  ]);
  return toConnection('history', rows, first, totalCount, (row) => row.id, before !== null);
}

/**
 * When the records of some kinds (all, without a list) last changed: the time of the entry last appended
 * to the audit trail (the highest id), which every import, back-office write and data migration appends
 * to in its own transaction; null when none has been since the seed (the seed's own rows, and the demo
 * data set turned on or off, are not audited). One probe of an index a kind (on (entity_type, id); the primary key for all kinds):
 * what it reads does not grow with the trail.
 */
export async function lastChangeAt(em: EntityManager, entityTypes?: readonly string[]): Promise<Date | null> {
  const trail = tableOf(em, AuditEntry);
  // The driver gives a timestamp as the database's text (MikroORM's type override): parsed as the ORM parses its own.
  const rows: { at: string }[] = entityTypes
    ? await em.execute(
        // A range, not `=`: with a kind fixed by equality PostgreSQL took the primary key backwards and
        // filtered (20 ms past 10,000 entries of other kinds); ordered by (entity_type, id), only the index serves.
        `select e.at from unnest(array[?]::text[]) as k(type)
         cross join lateral (
           select id, at from ${trail} where entity_type >= k.type and entity_type <= k.type
           order by entity_type desc, id desc limit 1
         ) e
         order by e.id desc limit 1`,
        [[...entityTypes]],
      )
    : await em.execute(`select at from ${trail} order by id desc limit 1`);
  return rows[0] ? em.getPlatform().parseDate(rows[0].at) : null;
}
