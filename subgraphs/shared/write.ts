import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';
import { InputCheck } from './input-check.js';
import { tableOf } from './sql.js';
import { type UserError, UserErrorCode, UserErrors, userError } from './user-error.js';

/** A record the back office edits: its version counts the writes, updatedAt orders the change feed. */
export interface Versioned {
  version: number;
  updatedAt: Date;
}

/**
 * Runs a write in one transaction. Its input is first checked for control characters (no NUL byte
 * reaches the database). User errors thrown inside roll it back and come back through `refused`;
 * any other error rolls it back too and reaches the client as an internal error.
 */
export async function write<P>(
  ctx: Context,
  input: object,
  work: (em: EntityManager) => Promise<P>,
  refused: (errors: UserError[]) => P,
): Promise<P> {
  try {
    new InputCheck(input).done();
    return await ctx.em.transactional(work);
  } catch (error) {
    if (error instanceof UserErrors) return refused(error.errors);
    if (error instanceof DryRun) return error.result as P;
    throw error;
  }
}

/** Thrown at the end of a dry run: the transaction did all the work and is rolled back; its result is the answer. */
export class DryRun<P> extends Error {
  constructor(readonly result: P) {
    super('dry run: rolled back');
  }
}

/** A stale expectedVersion: nothing is written, and the client learns the current version. */
export function checkVersion(record: Versioned, expectedVersion: number, what: string): void {
  if (record.version !== expectedVersion)
    throw new UserErrors([
      userError(
        UserErrorCode.VERSION_CONFLICT,
        ['expectedVersion'],
        `${what} is at version ${record.version}, not ${expectedVersion}: it changed since it was read. Read it again and retry.`,
        { currentVersion: record.version },
      ),
    ]);
}

/**
 * Marks a record written: version + 1 and updatedAt from the change-feed clock. Writes to one table
 * take a transaction-scoped advisory lock and get an instant strictly after every updatedAt already
 * committed, so a client that synced up to an instant can never miss a change committed later with
 * an earlier instant. Millisecond precision, as the column and JavaScript keep it.
 */
export async function stamp<T extends Versioned & object>(em: EntityManager, entity: EntityClass<T>, record: T): Promise<Date> {
  const at = await feedInstant(em, entity);
  record.version += 1;
  record.updatedAt = at;
  return at;
}

/** The clock of every write: the database's, at millisecond precision (as the columns and JavaScript keep it). */
const CLOCK = "date_trunc('milliseconds', clock_timestamp())";

/** The instant of a write made now, for records that are not versioned: the one clock of the audit trail. */
export async function clockInstant(em: EntityManager): Promise<Date> {
  const [row] = await em.getConnection().execute<{ at: Date }[]>(`select ${CLOCK} as at`, [], 'all', em.getTransactionContext());
  return new Date(row?.at ?? Date.now());
}

/**
 * The updatedAt of a versioned record written now (see `stamp`), for a record created rather than
 * changed: the clock, taken under the table's lock and strictly after every updatedAt committed.
 * Throws for an entity without updatedAt, which would silently lose that guarantee.
 */
export async function feedInstant<T extends object>(em: EntityManager, entity: EntityClass<T>): Promise<Date> {
  if (!isVersioned(em, entity)) throw new Error(`${entity.name} has no updatedAt: use clockInstant`);
  const table = tableOf(em, entity as EntityClass<object>);
  const connection = em.getConnection();
  await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [table], 'get', em.getTransactionContext());
  const [row] = await connection.execute<{ at: Date }[]>(
    `select greatest(${CLOCK}, max(updated_at) + interval '1 millisecond') as at from ${table}`,
    [],
    'all',
    em.getTransactionContext(),
  );
  return new Date(row?.at ?? Date.now());
}

/** Whether an entity is versioned: it has the updatedAt the change feed orders by. */
export function isVersioned<T extends object>(em: EntityManager, entity: EntityClass<T>): boolean {
  return 'updatedAt' in (em.getMetadata().find(entity)?.properties ?? {});
}
