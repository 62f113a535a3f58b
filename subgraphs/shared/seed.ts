import type { EntityData, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Writes seed rows by primary key: new rows are inserted, existing ones updated in place.
 * Running it twice changes nothing and duplicates nothing.
 */
export async function upsertRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: EntityData<T>[]): Promise<void> {
  if (rows.length > 0) await em.upsertMany(entity, rows);
}
