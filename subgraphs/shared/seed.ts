import type { EntityData, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Writes seed rows by primary key: rows not in the database are created, rows already there are
 * assigned the seed's values, and the flush writes only what differs. Running it twice changes
 * nothing and duplicates nothing. (MikroORM's upsertMany repeats embedded columns in its UPDATE
 * and fails on entities with an embeddable, so the seed goes through the unit of work instead.)
 */
export async function upsertRows<T extends object>(em: EntityManager, entity: EntityName<T>, rows: EntityData<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get(entity);
  const pk = meta.primaryKeys[0] as keyof EntityData<T> & string;
  const keys = rows.map((row) => row[pk]);
  // Lazy columns the seed writes are loaded too, so that an unchanged value is not written again.
  const lazy = meta.props.filter((prop) => prop.lazy && rows.some((row) => prop.name in row)).map((prop) => prop.name);
  const existing = new Map(
    (await em.find(entity, { [pk]: { $in: keys } } as FilterQuery<NoInfer<T>>, { populate: lazy as never })).map((found) => [
      (found as Record<string, unknown>)[pk],
      found,
    ]),
  );
  for (const row of rows) {
    const found = existing.get(row[pk]);
    if (found) em.assign(found, row as never);
    else em.create(entity, row as never);
  }
  await em.flush();
}
