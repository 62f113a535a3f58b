import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { DataloaderType, MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SubgraphDefinition } from './subgraph.js';

/** The MikroORM options of one subgraph: its own schema, its own entities, its own migrations. */
export function ormOptions(definition: SubgraphDefinition, databaseUrl: string): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    schema: definition.databaseSchema,
    entities: definition.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    // Batches reference and collection loads made in the same tick: no N+1 in field resolvers.
    dataloader: DataloaderType.ALL,
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

/** Connects, creates the subgraph's schema if needed and applies its pending migrations. */
export async function openDatabase(definition: SubgraphDefinition, databaseUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init({ ...ormOptions(definition, databaseUrl), ...extra });
  await orm.em.getConnection().execute(`create schema if not exists "${definition.databaseSchema}"`);
  await orm.migrator.up();
  return orm;
}
