import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import { Arg, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors.js';
import { PageInfo } from './page-info.js';

/**
 * Relay cursor connections (https://relay.dev/graphql/connections.htm): the same shape, limits and
 * cursors for every paginated list. Pages go forwards (`first`, `after`).
 */

export const MAX_PAGE = 100;

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** The connection and edge types of one node type, named `<name>Connection` and `<name>Edge`. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, what: string): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'An opaque cursor for this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s, in a stable order.` })
  class ConnectionType {
    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;

    @Field(() => [Edge], { description: 'The items of this page, each with its cursor.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of this page, without cursors (the same as edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether another page follows, and the cursor to ask for it.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/**
 * The `first` argument of a bounded list (a list that can grow but is not paged): at most MAX_PAGE
 * items, `byDefault` unless asked for fewer. With firstOf, one way for every bounded list.
 */
export function FirstArg(what: string, byDefault = MAX_PAGE) {
  return Arg('first', () => Int, { defaultValue: byDefault, description: `How many ${what} at most, 1 to ${MAX_PAGE}.` });
}

/** The first `first` items of a list, once `first` is checked. */
export function firstOf<T>(items: T[], first: number): T[] {
  return items.slice(0, checkFirst(first));
}

/** The most items `skip` passes over, in every subgraph: an offset reads every row it passes, so deeper pages are refused. */
export const MAX_SKIP = 10_000;

/** `skip` within 0 to MAX_SKIP (0 when absent), or BAD_USER_INPUT naming the argument. */
export function checkSkip(skip: number | null | undefined): number {
  const value = skip ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_SKIP) throw badUserInput(`skip must be from 0 to ${MAX_SKIP}.`, 'skip');
  return value;
}

/** `first` within 1 to `max`, or BAD_USER_INPUT naming the argument. */
export function checkFirst(first: number, max = MAX_PAGE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(`first must be from 1 to ${max}; got ${first}.`, 'first');
  return first;
}

/** Cursors are opaque to clients: base64url of the list's name and the item's key. */
export function encodeCursor(list: string, key: string | number): string {
  return Buffer.from(JSON.stringify([list, key])).toString('base64url');
}

export function decodeCursor(list: string, cursor: string | null | undefined): string | number | null {
  if (cursor == null) return null;
  try {
    const [name, key] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (name === list && (typeof key === 'string' || typeof key === 'number')) return key;
  } catch {
    // fall through
  }
  throw badUserInput('after is not a cursor of this list.', 'after');
}

/**
 * Builds a page from the items after the cursor, fetched one more than asked to learn whether more
 * follow. `afterCursor` tells whether the page was asked for after a cursor (items come before it).
 */
export function toConnection<T>(
  list: string,
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => string | number,
  afterCursor: boolean,
): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(list, keyOf(node)), node }));
  const pageInfo = {
    hasNextPage: rows.length > first,
    hasPreviousPage: afterCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { totalCount, edges, nodes, pageInfo };
}

/** One page of a list already in memory, in its order, after the cursor (keys must be unique). */
export function pageOf<T>(
  list: string,
  items: T[],
  first: number,
  after: string | null | undefined,
  keyOf: (item: T) => string,
): Connection<T> {
  checkFirst(first);
  const key = decodeCursor(list, after);
  const start = key === null ? 0 : items.findIndex((item) => keyOf(item) === String(key)) + 1;
  if (key !== null && start === 0) throw badUserInput('after is not a cursor of this list.', 'after');
  return toConnection(list, items.slice(start, start + first + 1), first, items.length, keyOf, key !== null);
}

/**
 * One page of `entity` ordered by its text key, after the cursor: a count and a keyset query
 * (`key > cursor`, one row more than asked), whatever the size of the list.
 */
export async function keysetPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  options: { list: string; key: keyof T & string; where: FilterQuery<NoInfer<T>>; first: number; after: string | null | undefined },
): Promise<Connection<T>> {
  checkFirst(options.first);
  const after = decodeCursor(options.list, options.after);
  const where = (after === null ? options.where : { $and: [options.where, { [options.key]: { $gt: String(after) } }] }) as FilterQuery<
    NoInfer<T>
  >;
  const [totalCount, rows] = await Promise.all([
    em.count(entity, options.where),
    em.find(entity, where, { orderBy: { [options.key]: 'asc' } as QueryOrderMap<NoInfer<T>>, limit: options.first + 1 }),
  ]);
  return toConnection(options.list, rows, options.first, totalCount, (row) => String(row[options.key]), after !== null);
}
