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
