import { type EntityClass, type FilterQuery, helper, type QueryOrderMap, Reference } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Context } from './context.js';

/**
 * One DataLoader per request and per name: resolvers that run for many parents
 * (a field of every row of a list) share it, so one SQL statement serves them all.
 */
export function loader<K, V>(
  context: Context,
  name: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
  missing: V,
): DataLoader<K, V> {
  let found = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!found) {
    found = new DataLoader<K, V>(async (keys) => {
      const values = await batch(keys);
      return keys.map((key) => values.get(key) ?? missing);
    });
    context.loaders.set(name, found as DataLoader<unknown, unknown>);
  }
  return found;
}

/** Groups rows by a key, for loaders that return a list per parent. */
export function groupBy<K, V>(rows: readonly V[], key: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * The records of `entity` by `key` (its primary key or a unique column): the lookups of one request in
 * one statement, null for a key nothing has. The loader behind every entity lookup (Query.node, the
 * gateway's references, a record's subject); one per entity and key in a request.
 */
export function entityLoader<T extends object, K extends keyof T & string>(
  context: Context,
  entity: EntityClass<T>,
  key: K,
): DataLoader<T[K], T | null> {
  return loader<T[K], T | null>(
    context,
    `${entity.name}#${key}`,
    async (keys) =>
      new Map((await context.em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<NoInfer<T>>)).map((row) => [row[key], row])),
    null,
  );
}

/**
 * The rows of `entity` whose many-to-one `foreignKey` points at each requested parent, batched into
 * one query per request: the loader behind every "children of a parent" field.
 */
export function childrenLoader<T extends object, K>(
  context: Context,
  entity: EntityClass<T>,
  foreignKey: keyof T & string,
  orderBy: QueryOrderMap<T>,
): DataLoader<K, T[]> {
  return loader<K, T[]>(
    context,
    `${entity.name}.${foreignKey}`,
    async (keys) => {
      const rows = await context.em.find(entity, { [foreignKey]: { $in: [...keys] } } as FilterQuery<NoInfer<T>>, {
        orderBy: orderBy as QueryOrderMap<NoInfer<T>>,
      });
      return groupBy(rows, (row) => {
        const parent = row[foreignKey] as object | null;
        return (parent ? helper(Reference.unwrapReference(parent)).getPrimaryKey() : null) as K;
      });
    },
    [],
  );
}
