import { type EntityClass, type EntityData, LockMode } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from './audit-entry.js';
import { Role, type Viewer } from './auth/viewer.js';
import { changedKeys, plain } from './import-record.js';
import { feedInstant, type Versioned } from './write.js';

/** Who a data migration's changes are by, in the audit trail: "migration:<its name>". */
export function migrationActor(migration: Migration): Viewer {
  return { sub: `migration:${migration.name ?? migration.constructor.name}`, roles: [Role.ADMIN], municipi: [] };
}

/**
 * Writes a change of the seed files to a database seeded before it, from a data migration, as any
 * other write: the record is locked, only the fields that differ are assigned, a versioned record
 * (a point) gets version + 1 and an updatedAt from the change feed's clock, and an audit entry says
 * before and after, by "migration:<name>". Seeding inserts only what is missing, so without such a
 * migration a corrected seed file would reach new databases only.
 *
 *   override async up() {
 *     await correctSeededRecord(this, Point, 'csrc-sammartini', { address: { …, street: 'Via Sammartini 75' } });
 *   }
 *
 * A record that is not there (never seeded, or removed since) is left alone: the seed inserts it
 * with the new values at the next start. Returns whether it changed anything.
 */
export async function correctSeededRecord<T extends object>(
  migration: Migration,
  entity: EntityClass<T>,
  id: string | number,
  values: EntityData<T> & Record<string, unknown>,
): Promise<boolean> {
  // The hub runs on PostgreSQL alone: the migration's manager is a PostgreSQL one.
  const em = migration.getEntityManager() as EntityManager;
  const record = await em.findOne(entity, id as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!record) return false;
  const changed = changedKeys(record, values);
  if (changed.length === 0) return false;
  const before = Object.fromEntries(changed.map((key) => [key, plain((record as Record<string, unknown>)[key])]));
  em.assign(record, Object.fromEntries(changed.map((key) => [key, values[key]])) as never);
  const at = await feedInstant(em, entity);
  if ('version' in record && 'updatedAt' in record) {
    (record as Versioned).version += 1;
    (record as Versioned).updatedAt = at;
  }
  appendAudit(em, migrationActor(migration), {
    at,
    action: 'dataMigration',
    entityType: entity.name,
    entityId: String(id),
    before,
    after: Object.fromEntries(changed.map((key) => [key, plain((record as Record<string, unknown>)[key])])),
  });
  await em.flush();
  return true;
}
