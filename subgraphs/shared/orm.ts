import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { DataloaderType, MikroORM, type Options, type PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Metrics } from '../../server/metrics.js';
import { announceWrites } from './data-changes.js';
import { recordBudget } from './record-budget.js';
import type { SubgraphDefinition } from './subgraph.js';

/** The MikroORM options of one subgraph: its own schema, its own entities, its own migrations. */
export function ormOptions(definition: SubgraphDefinition, databaseUrl: string): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    schema: definition.databaseSchema,
    entities: definition.entities,
    metadataProvider: ReflectMetadataProvider,
    // Counts the records a query loads, for the requests that armed a budget (record-budget.ts).
    subscribers: [recordBudget],
    // Every table announces its writes, for the response caches (data-changes.ts).
    discovery: { onMetadata: announceWrites },
    extensions: [Migrator],
    // SQL functions are written by hand in migrations (spazio_comune.hsds_id): the schema diff leaves them be.
    schemaGenerator: { ignoreRoutines: true },
    // Batches reference and collection loads made in the same tick: no N+1 in field resolvers.
    dataloader: DataloaderType.ALL,
    // Loaded entities keep their values as plain properties. With the default, a setter on the
    // prototype defined an accessor on the instance for every property the hydrator wrote, on every
    // row: 10 to 17 % of a subgraph's time on a page of 180 points or sites (profiled, measured side by
    // side). The accessors serve propagation to the inverse side of a relation, and the hub has no
    // two-sided relation. One more thing they did: after an em.remove, clear the references to the
    // removed entity held by entities still loaded; no removed entity here is referenced by another.
    propagationOnPrototype: false,
    pool: { min: 0, max: 5 },
    migrations: {
      migrationsList: definition.migrations,
      schema: definition.databaseSchema,
      path: `subgraphs/${definition.name}/migrations`,
      emit: 'ts',
      snapshot: false,
      silent: true,
    },
    debug: process.env.HUB_SQL_LOG === 'on',
  };
}

/**
 * Runs `prepare` (migrations, seed) while holding a PostgreSQL advisory lock named after the
 * subgraph's schema, so that replicas of one subgraph starting together (several pods on one
 * database) take turns: the first migrates and seeds, the others find nothing left to do.
 */
export async function whileHoldingStartupLock<T>(
  definition: SubgraphDefinition,
  databaseUrl: string,
  prepare: () => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`milano-municipal-graph:${definition.databaseSchema}`]);
    return await prepare();
  } finally {
    // Ending the session releases its advisory locks.
    await client.end();
  }
}

/** Connects, creates the subgraph's schema if needed and applies its pending migrations. */
export async function openDatabase(definition: SubgraphDefinition, databaseUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init({ ...ormOptions(definition, databaseUrl), ...extra });
  await orm.em.getConnection().execute(`create schema if not exists "${definition.databaseSchema}"`);
  await orm.migrator.up();
  return orm;
}

/**
 * Connects to a schema that a migrate step keeps (HUB_MIGRATE=off): applies nothing, and refuses a
 * schema with pending migrations, so that new code never serves an old schema.
 */
export async function openMigratedDatabase(
  definition: SubgraphDefinition,
  databaseUrl: string,
  extra: Partial<Options> = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init({ ...ormOptions(definition, databaseUrl), ...extra });
  const pending = await orm.migrator.getPending().catch(async (error) => {
    await orm.close();
    throw error;
  });
  if (pending.length > 0) {
    await orm.close();
    throw new Error(
      `${pending.length} migration(s) of ${definition.databaseSchema} are pending (${pending.map((m) => m.name).join(', ')}): run the migrate step first (main.js --migrate-only).`,
    );
  }
  return orm;
}

/** The pg pool's connections, for /metrics: in use, idle, and requests waiting for one. */
export function databasePoolMetrics(metrics: Metrics, orm: MikroORM): void {
  const pool = () => (orm.em.getConnection() as PostgreSqlConnection).getNativeClient();
  metrics.gauge('db_pool_connections_total', 'Connections the database pool holds.', async () => (await pool()).totalCount);
  metrics.gauge('db_pool_connections_idle', 'Idle connections in the database pool.', async () => (await pool()).idleCount);
  metrics.gauge('db_pool_requests_waiting', 'Queries waiting for a connection from the pool.', async () => (await pool()).waitingCount);
}
