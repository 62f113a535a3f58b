import { MikroORM } from '@mikro-orm/postgresql';
import { describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { openDatabase, ormOptions } from '../subgraphs/shared/orm.js';
import { type RunningSubgraph, startSubgraph } from '../subgraphs/shared/server.js';
import { scratchDatabase } from './support/scratch-database.js';

// Each subgraph owns its PostgreSQL schema, its migrations and its seed data.

async function snapshot(orm: MikroORM, entities: readonly (new () => object)[]) {
  const em = orm.em.fork();
  const tables: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const meta = orm.getMetadata().get(entity);
    tables[meta.tableName] = JSON.parse(JSON.stringify(await em.find(entity, {}, { orderBy: { [meta.primaryKeys[0] as string]: 'asc' } })));
  }
  return tables;
}

describe.each(subgraphs)('$name', (definition) => {
  it('its checked-in migrations build exactly the schema its entities describe', async () => {
    const orm = await openDatabase(definition, inject('databaseUrl'));
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema: definition.databaseSchema });
      expect(diff.trim(), 'entities changed without a migration: run npm run migration:create').toBe('');
    } finally {
      await orm.close();
    }
  });

  it('seeds idempotently: a second run writes nothing, changes nothing and duplicates nothing', async () => {
    const orm = await openDatabase(definition, inject('databaseUrl'));
    // PostgreSQL gives a transaction an id only once it changes a row: none means nothing was written.
    const seedWrote = () =>
      orm.em.fork().transactional(async (em) => {
        await definition.seed(em, { demo: true });
        const [row] = await em.execute('select txid_current_if_assigned() as xid');
        return row?.xid !== null;
      });
    try {
      await seedWrote();
      const first = await snapshot(orm, definition.entities as (new () => object)[]);
      expect(await seedWrote()).toBe(false);
      const second = await snapshot(orm, definition.entities as (new () => object)[]);
      expect(second).toEqual(first);
      expect(Object.values(first).some((rows) => rows.length > 0)).toBe(true);
    } finally {
      await orm.close();
    }
  });

  it('keeps its tables in its own schema, and no other', async () => {
    const orm = await MikroORM.init(ormOptions(definition, inject('databaseUrl')));
    try {
      await orm.migrator.up();
      const rows: { table_schema: string }[] = await orm.em
        .getConnection()
        .execute(`select distinct table_schema from information_schema.tables where table_name = ?`, [
          orm.getMetadata().get(definition.entities[0] as new () => object).tableName,
        ]);
      expect(rows.map((r) => r.table_schema)).toContain(definition.databaseSchema);
      for (const entity of definition.entities) {
        expect(orm.getMetadata().get(entity as new () => object).schema ?? definition.databaseSchema).toBe(definition.databaseSchema);
      }
    } finally {
      await orm.close();
    }
  });
});

describe('replicas of one subgraph starting together on a new database', () => {
  it.each(subgraphs)('$name: both start, and its schema is migrated and seeded once', async (definition) => {
    const scratch = await scratchDatabase(inject('databaseUrl'), 'replicas');
    const started: RunningSubgraph[] = [];
    try {
      const results = await Promise.allSettled(
        [0, 1].map(() =>
          startSubgraph(definition, {
            databaseUrl: scratch.url,
            port: 0,
            demoData: true,
            auth: { kind: 'local', keys: [], issuer: 'i', audience: 'a' },
          }),
        ),
      );
      for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started']);
      const migrations = await started[0]?.orm.em
        .getConnection()
        .execute(`select count(*)::int as n from "${definition.databaseSchema}".mikro_orm_migrations`);
      expect(migrations?.[0]?.n).toBe(definition.migrations.length);
    } finally {
      for (const subgraph of started) await subgraph.stop();
      await scratch.drop();
    }
  });
});
