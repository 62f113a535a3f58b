import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { actingRole, type Viewer } from './auth/viewer.js';
import { type Connection, checkFirst, connectionType, decodeCursor, toConnection } from './connection.js';
import { DateTime } from './scalars.js';

/**
 * One successful write, appended in the write's own transaction: who, when, what, and the changed
 * fields before and after. Append-only: a trigger in the database refuses UPDATE and DELETE, so
 * not even the hub's own code can rewrite history.
 */
@Entity({
  tableName: 'audit_entry',
  triggers: [
    {
      name: 'audit_entry_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'statement',
      body: "raise exception 'the audit trail is append-only';",
    },
  ],
})
@Index({ properties: ['entityType', 'entityId', 'id'] })
@ObjectType('AuditEntry', { description: 'One change made through the back office: who, when, what, before and after.' })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => DateTime, { description: 'When the change was made.' })
  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  @Field(() => String, { description: 'Who made it: the subject (sub) of the token.' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => String, { description: 'The role the token gave: "admin" or "editor".' })
  @Property({ type: 'text' })
  role!: string;

  @Field(() => String, { description: 'The mutation that made it, e.g. "setPointOpeningHours".' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { description: 'The kind of record changed, e.g. "Point".' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field(() => String, { description: 'The id of the record changed.' })
  @Property({ type: 'text' })
  entityId!: string;

  @Field(() => JSONObjectResolver, { description: 'The changed fields before the change (empty for a new record).' })
  @Property({ type: 'json' })
  before!: Record<string, unknown>;

  @Field(() => JSONObjectResolver, { description: 'The changed fields after the change (empty for a removed record).' })
  @Property({ type: 'json' })
  after!: Record<string, unknown>;
}

/** Appends the entry of a write; call it inside the write's transaction. */
export function appendAudit(
  em: EntityManager,
  viewer: Viewer,
  entry: { at: Date; action: string; entityType: string; entityId: string; before: object; after: object },
): void {
  em.create(AuditEntry, {
    ...entry,
    actor: viewer.sub,
    role: actingRole(viewer),
    before: entry.before as Record<string, unknown>,
    after: entry.after as Record<string, unknown>,
  });
}

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
