import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
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
// The newest change of some kinds of record (lastChangeAt): one probe a kind, whatever the trail's length.
// Shared by the three trails; only spazio-comune's asks by kind today.
@Index({ properties: ['entityType', 'id'] })
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
