import { randomUUID } from 'node:crypto';
import type { EntityMetadata } from '@mikro-orm/postgresql';
import pg from 'pg';
import { logger } from '../../server/logger.js';
import type { ChangeState, DataVersion } from '../../server/response-cache.js';
import { ChangeClock, EVERYTHING, tagOf } from '../../server/response-cache-clock.js';

/**
 * The channel on which every write to a subgraph's tables is announced, with the schema as payload:
 * what the subgraphs listened to before issue 16, still sent so that a replica of the old code keeps
 * hearing writes while a new one has migrated the triggers (a rolling deployment).
 */
export const CHANNEL = 'hub_data_changed';

/** The channel this code listens to: every write announced with its table (`schema.table`). */
export const TABLE_CHANNEL = 'hub_table_changed';

/** The LISTEN connection's name in pg_stat_activity, so an operator (or a test) can find it. */
export const LISTENER_NAME = 'hub-data-changes';

/**
 * Makes every table of a subgraph announce its writes: MikroORM metadata for a statement-level
 * trigger that calls pg_notify, which PostgreSQL delivers only when the transaction commits (and
 * once per transaction, however many statements it ran). Whoever writes — a mutation, `npm run
 * import`, another replica, an operator in psql — is heard. Given to MikroORM's discovery for every
 * entity, so a new table gets it in its migration without anybody remembering to.
 */
export function announceWrites(meta: EntityMetadata): void {
  if (meta.embeddable || meta.virtual || meta.abstract || meta.triggers.some((t) => t.name === TRIGGER)) return;
  if (!isAnnounced(meta.class)) return;
  meta.triggers.push({
    name: TRIGGER,
    timing: 'after',
    // Not truncate: information_schema does not list TRUNCATE triggers, so MikroORM could not keep one
    // in step with its migrations (and nothing in the hub truncates).
    events: ['insert', 'update', 'delete'],
    forEach: 'statement',
    // Per statement, but PostgreSQL sends one notification per distinct payload per transaction.
    body: `perform pg_notify('${CHANNEL}', tg_table_schema); perform pg_notify('${TABLE_CHANNEL}', tg_table_schema || '.' || tg_table_name); return null;`,
  });
}

const TRIGGER = 'hub_announce_change';

/** The tables of the entities MikroORM found that announce their writes: those a response cache can follow. */
export function announcedTables(metadata: Iterable<EntityMetadata>): string[] {
  return [...metadata].filter((meta) => meta.triggers.some((t) => t.name === TRIGGER)).map((meta) => meta.tableName);
}

const UNANNOUNCED = new WeakSet<object>();

/**
 * Marks an entity whose table is not part of the graph (e.g. the staged parts of an import): no
 * answer reads it, so its writes must not count as a data change that empties the response caches.
 *
 *   @NotInGraph()
 *   @Entity({ tableName: 'import_upload_part' })
 *   export class ImportUploadPart { … }
 */
export function NotInGraph(): ClassDecorator {
  return (target) => {
    UNANNOUNCED.add(target);
  };
}

/** Whether writes to this entity's table are announced (false for one marked `@NotInGraph()`). */
export function isAnnounced(entity: object): boolean {
  return !UNANNOUNCED.has(entity);
}

/** How often the LISTEN connection is asked whether it is alive, and how long it may take to say so. */
const PING_MS = 10_000;

/**
 * What this process knows of the writes to one schema: a generation that grows with each write
 * heard, which tables each changed (tagged `schema/table`, server/response-cache-clock.ts), and
 * whether it can hear them at all. It LISTENs on its own connection; while that connection is down
 * it is not `listening` (whatever rests on it must not trust old answers), and it reconnects,
 * counting every table as changed, since writes may have been missed in between.
 */
export class DataChanges implements DataVersion {
  readonly instance = randomUUID();
  private readonly watchers = new Set<(state: ChangeState) => void>();
  private readonly clock = new ChangeClock();
  private client: pg.Client | null = null;
  private isListening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private ping: NodeJS.Timeout | null = null;

  /** The tables a notification may name; any other counts as all of the schema (and grows no map). */
  private readonly tables: ReadonlySet<string> | null;

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
    tables?: Iterable<string>,
  ) {
    this.tables = tables ? new Set(tables) : null;
  }

  get listening(): boolean {
    return this.isListening;
  }

  get state(): ChangeState {
    const { tables, all } = this.clock.ofGroup(this.schema);
    return { instance: this.instance, generation: this.clock.now(), listening: this.isListening, tables, all };
  }

  /** The generation, or null while writes could go unheard. */
  now(): number | null {
    return this.isListening ? this.clock.now() : null;
  }

  unchangedSince(at: number, tags: readonly string[]): boolean {
    return this.clock.unchangedSince(at, tags);
  }

  /** `instance:generation`, or null while writes could go unheard. */
  tag(): string | null {
    return this.isListening ? `${this.instance}:${this.clock.now()}` : null;
  }

  /** The tag of one of its tables (`schema/table`), or of any of them (EVERYTHING). */
  tagOf(table: string): string {
    return tagOf(this.schema, table);
  }

  /** A write made by this process: counted at once, not when its notification comes back. */
  written(tags: readonly string[]): void {
    this.count(tags);
  }

  /** Calls `watcher` with the new state at every change; returns what stops it. */
  watch(watcher: (state: ChangeState) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private count(tags: readonly string[]): void {
    this.clock.changed(tags);
    for (const watcher of this.watchers) watcher(this.state);
  }

  async start(): Promise<void> {
    // keepAlive, and a ping below: a connection cut without a reset (a partition, a failover) must
    // not pass for one that hears. LISTEN needs a direct connection, not a transaction-mode pooler.
    const client = new pg.Client({ connectionString: this.databaseUrl, keepAlive: true, application_name: LISTENER_NAME });
    client.on('notification', (message) => {
      const payload = message.payload ?? '';
      const dot = payload.indexOf('.');
      if (dot < 0) {
        if (payload === this.schema) this.count([this.tagOf(EVERYTHING)]);
      } else if (payload.slice(0, dot) === this.schema) {
        // Anyone may NOTIFY: a table this subgraph does not know is taken as all of it, not kept.
        const table = payload.slice(dot + 1);
        this.count([this.tagOf(!this.tables || this.tables.has(table) ? table : EVERYTHING)]);
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${TABLE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.isListening = true;
    this.count([this.tagOf(EVERYTHING)]);
    this.ping ??= setInterval(() => this.checkAlive(), PING_MS).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.isListening = false;
    if (this.retry) clearTimeout(this.retry);
    if (this.ping) clearInterval(this.ping);
    await this.client?.end().catch(() => {});
  }

  /** A connection that does not answer a ping within PING_MS is taken for lost. */
  private checkAlive(): void {
    const client = this.client;
    if (!client) return;
    const timeout = setTimeout(() => this.lost(client, new Error(`no answer to a ping within ${PING_MS} ms`)), PING_MS).unref();
    client.query('select 1').then(
      () => clearTimeout(timeout),
      () => clearTimeout(timeout),
    );
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client) return;
    this.client = null;
    this.isListening = false;
    if (this.stopped) return;
    for (const watcher of this.watchers) watcher(this.state);
    logger.warn({ schema: this.schema, err: error?.message }, 'lost the connection that hears data changes; reconnecting');
    client.end().catch(() => {});
    this.reconnect(1000);
  }

  private reconnect(delayMs: number): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.start().catch(() => this.reconnect(Math.min(delayMs * 2, 30_000)));
    }, delayMs);
    this.retry.unref();
  }
}
