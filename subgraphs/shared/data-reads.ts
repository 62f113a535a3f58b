import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';

/** The tables one request's SQL named: read (any statement) and written (a statement that changes rows). */
export interface RequestTables {
  read: Set<string>;
  wrote: Set<string>;
}

/** Statements that change rows, by their first word (or any word of one that starts `with`): their tables count as written. */
const WRITES = new Set(['insert', 'update', 'delete', 'merge', 'truncate', 'copy']);

/**
 * Which tables of its schema each request of a subgraph reads and writes, from the SQL it sends: every
 * statement goes through MikroORM's `onQuery` (raw SQL too), in the request's async context. A
 * statement's tables are the table names of the schema that appear in it as words — an alias or a
 * column spelt like a table counts it too, which can only empty an answer too often, never too
 * rarely. Only the tables that announce their writes are known (data-changes.ts): the others are not
 * part of the graph. A request that ran outside a scope (none here) is told as not known.
 */
export class DataReads {
  private readonly current = new AsyncLocalStorage<RequestTables>();
  private readonly tables: Set<string>;
  /** Every statement sent since `follow`, for /metrics (`db_statements_total`): what the benchmark divides by requests. */
  statements = 0;

  constructor(tables: Iterable<string>) {
    this.tables = new Set(tables);
  }

  /** Middleware for /graphql, after the body is parsed (the parser's callbacks would lose the context): one scope a request. */
  readonly scope: RequestHandler = (_req, _res, next) => {
    this.current.run({ read: new Set(), wrote: new Set() }, next);
  };

  /** What the request in progress has read and written so far, or undefined outside a request's scope. */
  ofRequest(): RequestTables | undefined {
    return this.current.getStore();
  }

  /** Notes a statement's tables in the request in progress. */
  saw(sql: string): void {
    const request = this.current.getStore();
    if (!request) return;
    const words = sql.toLowerCase().match(/[a-z_][a-z0-9_$]*/g) ?? [];
    // `select … for update` reads: only a statement that starts as a write writes (a `with` may hold one).
    let write = WRITES.has(words[0] ?? '');
    const named: string[] = [];
    for (const word of words) {
      if (this.tables.has(word)) named.push(word);
      else if (words[0] === 'with' && WRITES.has(word)) write = true;
    }
    for (const table of named) {
      request.read.add(table);
      if (write) request.wrote.add(table);
    }
  }

  /** Follows every statement of `orm`, keeping whatever `onQuery` it already had (a test's count). */
  follow(orm: MikroORM): void {
    const before = orm.config.get('onQuery');
    orm.config.set('onQuery', (sql: string, params: readonly unknown[]) => {
      this.statements++;
      this.saw(sql);
      return before(sql, params);
    });
  }
}
