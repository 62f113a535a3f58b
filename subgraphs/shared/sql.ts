import type { EntityClass } from '@mikro-orm/core';
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
