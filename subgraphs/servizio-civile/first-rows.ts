import type { EntityClass } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import { checkFirst } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { entitiesFromRows } from '../shared/sql.js';

/**
 * The bounded lists of Servizio Civile (a call's projects, a project's placements, a Municipio's
 * sites): for every parent of a request, its first `first` rows and its count, each in one
 * statement whatever the parents hold. A lateral join reads `first` rows per parent through an index
 * instead of the whole list: a national call has 3,000 projects and 70,000 placements.
 */
export interface RowsPerKey {
  /** The SQL type of the parents' keys. */
  keyType: 'int' | 'text';
  /** `<table> x [join …] where … k.key …`: the rows of the parent `k.key`, the entity's table aliased x. */
  rows: string;
  /** The values of the `?` in `rows`, in order. */
  params?: unknown[];
  /**
   * An entity that `rows` joins as `j`, one row of it per row of x: its rows are made into entities
   * too, so that the references to it (a placement's site) are read without a statement of their own.
   * Its row comes as `to_jsonb(j)`: its columns must be of JSON's own types (text, integer, boolean).
   */
  joined?: EntityClass<object>;
}

/** The first `first` rows of each parent, in `orderBy` (SQL over x), in one statement. */
export function firstRowsLoader<T extends object, K extends string | number>(
  ctx: Context,
  name: string,
  entity: EntityClass<T>,
  query: RowsPerKey & { orderBy: string; first: number },
): DataLoader<K, T[]> {
  const first = checkFirst(query.first);
  const params = query.params ?? [];
  if (query.joined) checkJsonNative(ctx, query.joined);
  return loader<K, T[]>(
    ctx,
    `${name}:${first}:${JSON.stringify(params)}`,
    async (keys) => {
      const joined = query.joined ? `, to_jsonb(j) as "joinedRow"` : '';
      const rows: Record<string, unknown>[] = await ctx.em.execute(
        `select r.*, k.key as "parentKey" from unnest(array[?]::${query.keyType}[]) as k(key)
         cross join lateral (select x.*${joined} from ${query.rows} order by ${query.orderBy} limit ?) r`,
        [[...keys], ...params, first],
      );
      // The joined entities first: the rows' references to them then point at entities already read.
      if (query.joined)
        entitiesFromRows(
          ctx.em,
          query.joined,
          rows.map((row) => row.joinedRow as Record<string, unknown>),
        );
      const entities = entitiesFromRows(
        ctx.em,
        entity,
        rows.map(({ parentKey: _, joinedRow: __, ...row }) => row),
      );
      const keyed = rows.map((row, i) => ({ key: row.parentKey as K, entity: entities[i] as T }));
      return new Map([...groupBy(keyed, (row) => row.key)].map(([key, list]) => [key, list.map((row) => row.entity)]));
    },
    [],
  );
}

/** The column types whose values `to_jsonb` gives as pg gives them: any other would come back changed (a timestamp as text, a bigint as a number). */
const JSON_NATIVE = new Set(['text', 'int', 'integer', 'boolean']);

const checkedJoins = new WeakSet<EntityClass<object>>();

/** Refuses, at once and loudly, a joined entity with a column of another type (see RowsPerKey.joined). */
export function checkJsonNative(ctx: Pick<Context, 'em'>, entity: EntityClass<object>): void {
  if (checkedJoins.has(entity)) return;
  const meta = ctx.em.getMetadata().get(entity);
  for (const prop of meta.props) {
    const other = prop.columnTypes?.find((type) => !JSON_NATIVE.has(type.toLowerCase()));
    if (other) throw new Error(`${meta.className}.${prop.name} is a ${other} column: it cannot be read through to_jsonb in a joined row.`);
  }
  checkedJoins.add(entity);
}

/** How many rows each parent has, in one statement (counted from the index where there is one). */
export function countLoader<K extends string | number>(ctx: Context, name: string, query: RowsPerKey): DataLoader<K, number> {
  const params = query.params ?? [];
  return loader<K, number>(
    ctx,
    `${name}:${JSON.stringify(params)}`,
    async (keys) => {
      const rows: { key: K; count: string }[] = await ctx.em.execute(
        `select k.key, (select count(*) from ${query.rows}) as count from unnest(array[?]::${query.keyType}[]) as k(key)`,
        [...params, [...keys]],
      );
      return new Map(rows.map((row) => [row.key, Number(row.count)]));
    },
    0,
  );
}
