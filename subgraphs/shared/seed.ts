import type { EntityData, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Inserts the seed rows whose primary key is not in the database, and leaves every other row as it
 * is: a record corrected after it was seeded (by an import, a mutation or psql) keeps its values,
 * its version and its history at every start. Running it twice writes nothing the second time.
 *
 * So a change to a seeded value in the seed files does not reach a database seeded before it: it
 * reaches it as a data migration (subgraphs/shared/data-migration.ts), which writes it as any other
 * write (version + 1, the change feed's clock, an audit entry).
 */
export async function insertMissing<T extends object>(em: EntityManager, entity: EntityName<T>, rows: EntityData<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.getMetadata().get(entity);
  const pk = meta.primaryKeys[0] as keyof EntityData<T> & string;
  const found = await em.find(entity, { [pk]: { $in: rows.map((row) => row[pk]) } } as FilterQuery<NoInfer<T>>, {
    fields: [pk] as never,
  });
  const existing = new Set(found.map((record) => (record as Record<string, unknown>)[pk]));
  for (const row of rows) if (!existing.has(row[pk])) em.create(entity, row as never);
  await em.flush();
}
