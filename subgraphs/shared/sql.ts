import type { EntityClass, EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The quoted, schema-qualified name of a table for raw SQL: an entity's (its own schema, else the
 * subgraph's), or one named in the subgraph's schema. The one place a table name is built; values
 * go as parameters (a list as `= any(array[?]::text[])` with a JavaScript array: MikroORM spreads
 * an array parameter into quoted values, and `array[]` of none is still a text[]).
 */
export function tableOf(em: EntityManager, table: EntityClass<object> | string): string {
  if (typeof table === 'string') return `"${em.config.get('schema')}"."${table}"`;
  const meta = em.getMetadata().get(table);
  return `"${meta.schema ?? em.config.get('schema')}"."${meta.tableName}"`;
}

/**
 * Entities from rows of their table read by raw SQL (a lateral join's page per key), made as
 * em.find makes them: through the entity factory, merged into the identity map. em.map does the
 * same with a validation and a refresh of every property on top, which profiling showed to cost
 * about three times as much per row (900 points of CityOverview: most of its time).
 */
export function entitiesFromRows<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get(entity);
  const factory = em.getEntityFactory();
  const driver = em.getDriver();
  return rows.map((row) =>
    factory.create(entity, driver.mapResult(row as EntityData<T>, meta) as EntityData<T>, {
      merge: true,
      initialized: true,
      newEntity: false,
      convertCustomTypes: true,
    }),
  );
}
