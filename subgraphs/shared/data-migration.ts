import { type EntityClass, type EntityData, LockMode } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../server/logger.js';
import { Role, type Viewer } from './auth/viewer.js';
import { changedKeys, plain } from './import-record.js';
import { recordChange } from './record-change.js';
import { clockInstant, feedInstant, isVersioned, type Versioned } from './write.js';

/** Who a data migration's changes are by, in the audit trail: "migration:<its name>". */
export function migrationActor(migration: Migration): Viewer {
  return { sub: `migration:${migration.name ?? migration.constructor.name}`, roles: [Role.ADMIN], municipi: [] };
}

/** A seed correction: what the seed files said of some fields before, and what they say now. */
export interface SeedCorrection<T extends object> {
  /** Each field's value as the seed wrote it before: a stored value that differs was changed since, and is kept. */
  from: EntityData<T> & Record<string, unknown>;
  /** Each field's new value; the same keys as `from`. */
  to: EntityData<T> & Record<string, unknown>;
}

/**
 * Writes a change of the seed files to a database seeded before it, from a data migration, as any
 * other write: the record is locked, only the fields that still hold the seed's old value are
 * assigned, a versioned record (a point) gets version + 1 and an updatedAt from the change feed's
 * clock, and an audit entry says before and after, by "migration:<name>". Seeding inserts only what
 * is missing, so without such a migration a corrected seed file would reach new databases only.
 *
 *   override async up() {
 *     await correctSeededRecord(this, Point, 'csrc-sammartini', {
 *       from: { notes: 'Indirizzo non nella fonte.' },
 *       to: { notes: 'Via Sammartini 75.' },
 *     });
 *   }
 *
 * A field whose stored value is neither the seed's old value nor its new one was corrected since
 * (by an import, a mutation, psql): the Comune's correction wins over the seed file's, so that field
 * is left alone and logged. A record that is not there (never seeded, or removed since) is left
 * alone too: the seed inserts it with the new values at the next start. Returns the fields changed.
 */
export async function correctSeededRecord<T extends object>(
  migration: Migration,
  entity: EntityClass<T>,
  id: string | number,
  correction: SeedCorrection<T>,
): Promise<string[]> {
  const { from, to } = correction;
  const missing = Object.keys(to).filter((key) => !(key in from));
  if (missing.length > 0)
    throw new Error(`correctSeededRecord(${entity.name} ${id}): no old seed value ("from") for ${missing.join(', ')}`);
  // The hub runs on PostgreSQL alone: the migration's manager is a PostgreSQL one.
  const em = migration.getEntityManager() as EntityManager;
  const record = await em.findOne(entity, id as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!record) return [];
  const actor = migrationActor(migration).sub;
  // Changed since it was seeded: the stored value is not the seed's old one (nor already the new one).
  const movedOn = changedKeys(record, from).filter((key) => changedKeys(record, { [key]: to[key] }).length > 0);
  if (movedOn.length > 0)
    logger.warn(
      { migration: actor, entity: entity.name, id: String(id), fields: movedOn },
      'data migration: fields changed since they were seeded are kept as they are',
    );
  const changed = changedKeys(record, to).filter((key) => !movedOn.includes(key));
  if (changed.length === 0) return [];
  const before = Object.fromEntries(changed.map((key) => [key, plain((record as Record<string, unknown>)[key])]));
  em.assign(record, Object.fromEntries(changed.map((key) => [key, to[key]])) as never);
  const at = isVersioned(em, entity) ? await feedInstant(em, entity) : await clockInstant(em);
  if ('version' in record && 'updatedAt' in record) {
    (record as Versioned).version += 1;
    (record as Versioned).updatedAt = at;
  }
  recordChange(em, migrationActor(migration), {
    at,
    action: 'dataMigration',
    entityType: entity.name,
    entityId: String(id),
    before,
    after: Object.fromEntries(changed.map((key) => [key, plain((record as Record<string, unknown>)[key])])),
  });
  await em.flush();
  return changed;
}
