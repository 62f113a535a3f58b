import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './audit-entry.js';
import { type Connection, checkFirst, connectionType, decodeCursor, toConnection } from './connection.js';

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
 * When the records of some kinds (all, without a list) last changed: the time of the newest entry of the
 * audit trail, which every write appends to in its own transaction; null when none has been written
 * since the seed. The newest entries first through the primary key: what it reads does not grow with
 * the trail unless the kinds asked for are rare at its end.
 */
export async function lastChangeAt(em: EntityManager, entityTypes?: readonly string[]): Promise<Date | null> {
  const [newest] = await em.find(AuditEntry, entityTypes ? { entityType: { $in: [...entityTypes] } } : {}, {
    orderBy: { id: 'desc' },
    limit: 1,
    fields: ['at'],
  });
  return newest?.at ?? null;
}
