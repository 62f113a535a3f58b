import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { createContext } from '../subgraphs/shared/context.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { pointsPage } from '../subgraphs/spazio-comune/point-connection.js';
import { type Hub, startHub } from './support/hub.js';
import { recordingProxy } from './support/recording-proxy.js';
import { scratchDatabase } from './support/scratch-database.js';

// One page of an HSDS list costs the same whatever the size of the directory: the graph filters and
// pages the points, so the SQL statements and the fetches to the points' subgraph of a page do not
// grow when points are added; search and proximity are answered from indexes. Caches are off, so
// that every page is read.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let orm: MikroORM;
let base: string;
let statements = 0;
const upstream: Record<string, string> = {};
const spazioComune = recordingProxy(() => upstream['spazio-comune'] ?? '');

beforeAll(async () => {
  // A database of its own: the spec adds points.
  database = await scratchDatabase(inject('databaseUrl'), 'hsds_paging');
  const proxied = await spazioComune.listen();
  hub = await startHub(database.url, {
    responseCacheSeconds: 0,
    onQuery: () => {
      statements += 1;
    },
    override: (running) => {
      for (const s of running) upstream[s.name] = s.url;
      return { 'spazio-comune': proxied };
    },
  });
  base = `${new URL(hub.gateway.url).origin}/hsds`;
});
afterAll(async () => {
  await hub?.stop();
  await spazioComune.close();
  await orm?.close();
  await database?.drop();
});

/** What one HSDS request cost: SQL statements in every subgraph, and GraphQL fetches to spazio-comune (the gateway's probes aside). */
async function cost(path: string): Promise<{ statements: number; fetches: number; body: any }> {
  statements = 0;
  spazioComune.reset();
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  const body = await response.json();
  const fetches = spazioComune.seen.filter((r) => r.body.startsWith('{"query"') && !r.body.includes('HubReadiness')).length;
  return { statements, fetches, body };
}

/** Every demo point again, `copies` times, under new ids (after every seeded id), with their names and positions. */
async function addPoints(copies: number): Promise<number> {
  const client = orm.em.fork();
  const rows: { n: number }[] = await client.execute(
    `with added as (
       insert into "spazio_comune"."point"
       select (jsonb_populate_record(null::"spazio_comune"."point", to_jsonb(p) || jsonb_build_object('id', 'zz-copy-' || g || '-' || p.id))).*
       from "spazio_comune"."point" p, generate_series(1, ?) g
       where p.id like 'demo-%'
       returning 1
     ) select count(*)::int as n from added`,
    [copies],
  );
  return rows[0]?.n ?? 0;
}

describe('one page of an HSDS list', () => {
  it('costs the same SQL statements and graph fetches with four times the demo points', async () => {
    const spazioComuneDefinition = subgraphs.find((s) => s.name === 'spazio-comune');
    if (!spazioComuneDefinition) throw new Error('no spazio-comune subgraph');
    orm = await openDatabase(spazioComuneDefinition, database.url);
    const { body: taxonomies } = await cost('/taxonomies');
    const wemi = taxonomies.contents.find((t: any) => t.name === 'Categorie WeMi');
    const wemiTerm = (await cost(`/taxonomy_terms?taxonomy_id=${wemi.id}`)).body.contents[0]?.id;
    expect(wemiTerm).toBeDefined();
    const pages = [
      '/services?per_page=20',
      '/services?per_page=20&page=3',
      '/services?per_page=10&search=dimostrativo',
      '/services?per_page=10&proximity=45.4642,9.19,5000',
      '/services?per_page=10&modified_after=2000-01-01T00:00:00Z',
      `/services?per_page=10&taxonomy_term_id=${wemiTerm}`,
      '/service_at_locations?per_page=20&page=2',
    ];
    // Once to warm up (first statements of a connection, plans), then counted.
    for (const page of pages) await cost(page);
    const before = [];
    for (const page of pages) before.push(await cost(page));
    const added = await addPoints(4);
    expect(added).toBeGreaterThan(100);
    for (const [i, page] of pages.entries()) {
      const after = await cost(page);
      expect({ page, statements: after.statements, fetches: after.fetches }).toEqual({
        page,
        statements: before[i]?.statements,
        fetches: before[i]?.fetches,
      });
      // The points' page and the programmes' share of spazio-comune, whatever the page.
      expect(after.fetches).toBe(2);
    }
    // The copies are listed, and found by search and proximity.
    const [all, found] = [await cost('/services?per_page=1'), await cost('/services?per_page=1&search=dimostrativo')];
    expect(all.body.total_items).toBe(before[0]?.body.total_items + added);
    expect(found.body.total_items).toBe(5 * before[2]?.body.total_items);
  });
});

/** The plan of the statement that `run` sent last among those matching, with sequential scans off. */
async function planOf(run: (orm: MikroORM) => Promise<unknown>, matching: RegExp): Promise<string> {
  const sent: { sql: string; params: readonly unknown[] }[] = [];
  const definition = subgraphs.find((s) => s.name === 'spazio-comune');
  if (!definition) throw new Error('no spazio-comune subgraph');
  const recording = await openDatabase(definition, database.url, {
    onQuery: (sql, params) => {
      sent.push({ sql, params });
      return sql;
    },
  });
  try {
    await run(recording);
    const statement = sent.findLast((s) => matching.test(s.sql));
    if (!statement) throw new Error(`no statement matching ${matching}`);
    return await recording.em.fork().transactional(async (em) => {
      await em.execute('set local enable_seqscan = off');
      const rows: Record<string, string>[] = await em.execute(`explain ${statement.sql}`, [...statement.params]);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  } finally {
    await recording.close();
  }
}

describe('the filters an HSDS page sends', () => {
  // The count of the matching points (totalCount): the page's own query may rather walk the ids in
  // order while the table is small, as a page by id can stop early.
  it('search: the trigram index on the folded names and streets', async () => {
    const plan = await planOf(
      (o) => pointsPage(createContext(o.em.fork()), 10, null, { search: 'Città dimostrativo' }, null),
      /select count.* from .*point.* like/s,
    );
    expect(plan).toContain('point_search_index');
  });

  it('proximity: the index on the coordinates', async () => {
    const plan = await planOf(
      (o) => pointsPage(createContext(o.em.fork()), 10, null, { within: { latitude: 45.4642, longitude: 9.19, radiusKm: 2 } }, null),
      /select .* from .*point.*asin/s,
    );
    expect(plan).toContain('point_address_latitude_address_longitude_index');
  });
});
