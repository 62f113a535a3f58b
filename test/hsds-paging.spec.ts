import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hsdsId } from '../gateway/hsds/ids.js';
import { subgraphs } from '../subgraphs/index.js';
import { createContext } from '../subgraphs/shared/context.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { pointsPage } from '../subgraphs/spazio-comune/point-connection.js';
import { type Hub, startHub } from './support/hub.js';
import { recordingProxy } from './support/recording-proxy.js';
import { scratchDatabase } from './support/scratch-database.js';

// An HSDS answer (a page of a list, a record by id, the organizations) and a JSON-LD document cost
// the same whatever the size of the directory: the graph filters and pages the points and finds a
// record by its HSDS id, so the SQL statements and the fetches to the points' subgraph do not grow
// when points are added; search, HSDS ids and proximity are answered from indexes. Caches are off,
// so that every answer is read.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let orm: MikroORM;
let origin: string;
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
  origin = new URL(hub.gateway.url).origin;
});
afterAll(async () => {
  await hub?.stop();
  await spazioComune.close();
  await orm?.close();
  await database?.drop();
});

/** What one request cost (a path under the gateway's origin): SQL statements in every subgraph, and GraphQL fetches to spazio-comune (the gateway's probes aside). */
async function cost(path: string): Promise<{ statements: number; fetches: number; body: any }> {
  statements = 0;
  spazioComune.reset();
  const response = await fetch(`${origin}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  const body = await response.json();
  const fetches = spazioComune.seen.filter((r) => r.body.startsWith('{"query"') && !r.body.includes('HubReadiness')).length;
  return { statements, fetches, body };
}

/** Every seeded point again under new ids (after every seeded id), copies `from` to `to`, with their names, managers and positions. */
async function addPoints(from: number, to: number): Promise<number> {
  const client = orm.em.fork();
  const rows: { n: number }[] = await client.execute(
    `with added as (
       insert into "spazio_comune"."point"
       select (jsonb_populate_record(null::"spazio_comune"."point", to_jsonb(p) || jsonb_build_object('id', 'zz-copy-' || g || '-' || p.id))).*
       from "spazio_comune"."point" p, generate_series(?::int, ?::int) g
       where p.id not like 'zz-copy-%'
       returning 1
     ) select count(*)::int as n from added`,
    [from, to],
  );
  return rows[0]?.n ?? 0;
}

describe('an HSDS answer and a JSON-LD document', () => {
  it('cost the same SQL statements and graph fetches at 75, 375 and 975 points', async () => {
    const spazioComuneDefinition = subgraphs.find((s) => s.name === 'spazio-comune');
    if (!spazioComuneDefinition) throw new Error('no spazio-comune subgraph');
    orm = await openDatabase(spazioComuneDefinition, database.url);
    const [{ n: seeded } = { n: 0 }] = await orm.em
      .fork()
      .execute<{ n: number }[]>('select count(*)::int as n from "spazio_comune"."point"');
    expect(seeded).toBe(75);
    const { body: terms } = await cost('/hsds/taxonomy_terms?per_page=100');
    const wemiTerm = terms.contents.find((t: any) => t.taxonomy === 'Categorie WeMi')?.id;
    const levaCivicaTerm = terms.contents.find((t: any) => t.name === 'Leva Civica')?.id;
    const programmeService = (await cost(`/hsds/services?taxonomy_term_id=${levaCivicaTerm}`)).body.contents[0]?.id;
    expect([wemiTerm, programmeService].every(Boolean)).toBe(true);
    const comune = hsdsId('organization', 'Comune di Milano');
    const cooperative = hsdsId('organization', 'Cooperativa sociale La Strada');
    const point = 'point:demo-csrc-1-1';
    const answers = [
      '/hsds/services?per_page=20',
      '/hsds/services?per_page=20&page=3',
      '/hsds/services?per_page=10&search=dimostrativo',
      '/hsds/services?per_page=10&search=centro',
      '/hsds/services?per_page=10&proximity=45.4642,9.19,5000',
      '/hsds/services?per_page=10&modified_after=2000-01-01T00:00:00Z',
      `/hsds/services?per_page=10&taxonomy_term_id=${wemiTerm}`,
      '/hsds/service_at_locations?per_page=20&page=2',
      `/hsds/services?per_page=10&organization_id=${comune}`,
      `/hsds/services?per_page=10&organization_id=${cooperative}&search=strada`,
      '/hsds/services?per_page=100&page=100000',
      '/hsds/organizations',
      '/hsds/organizations?search=cooperativa',
      `/hsds/organizations/${comune}`,
      `/hsds/organizations/${cooperative}`,
      `/hsds/services/${hsdsId('service', point)}`,
      `/hsds/service_at_locations/${hsdsId('service-at-location', `${point}@${point}`)}`,
      `/hsds/services/${programmeService}`,
      '/hsds/taxonomy_terms',
      '/points/demo-csrc-1-1.jsonld',
    ];
    // Once to warm up (first statements of a connection, plans), then counted.
    for (const answer of answers) await cost(answer);
    const counted = async () => {
      const costs = [];
      for (const answer of answers) {
        const { statements: s, fetches } = await cost(answer);
        costs.push({ answer, statements: s, fetches });
      }
      return costs;
    };
    const at75 = await counted();
    const before = {
      all: (await cost('/hsds/services?per_page=1')).body.total_items,
      demo: (await cost('/hsds/services?per_page=1&search=dimostrativo')).body.total_items,
      cooperative: (await cost(`/hsds/services?per_page=1&organization_id=${cooperative}`)).body.total_items,
    };
    expect(await addPoints(1, 4)).toBe(300);
    const at375 = await counted();
    expect(await addPoints(5, 12)).toBe(600);
    const at975 = await counted();
    expect(at375).toEqual(at75);
    expect(at975).toEqual(at75);
    // A page reads the points' page, and the programmes or the WeMi categories where it needs them.
    for (const { fetches } of at975) expect(fetches).toBeLessThanOrEqual(3);
    // The copies are listed, and found by search and by organization.
    expect((await cost('/hsds/services?per_page=1')).body.total_items).toBe(before.all + 900);
    expect((await cost('/hsds/services?per_page=1&search=dimostrativo')).body.total_items).toBe(13 * before.demo);
    expect((await cost(`/hsds/services?per_page=1&organization_id=${cooperative}`)).body.total_items).toBe(13 * before.cooperative);
  });
});

describe('HSDS search', () => {
  it('finds every CSRC by its kind ("centro"), and a point by its network and its organization', async () => {
    const [{ n: csrc } = { n: 0 }] = await orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from "spazio_comune"."point" where kind = 'CSRC'`);
    const centro = (await cost('/hsds/services?per_page=100&search=centro')).body;
    expect(csrc).toBeGreaterThan(100);
    expect(centro.total_items).toBeGreaterThanOrEqual(csrc);
    expect(centro.contents.some((s: any) => !/centro/i.test(`${s.name} ${s.alternate_name ?? ''}`))).toBe(true);
    const network = (await cost('/hsds/services?per_page=100&search=SPAZIO%20COMUNE.3')).body;
    expect(network.total_items).toBeGreaterThan(0);
    expect(network.contents.every((s: any) => s.description.includes('SPAZIO COMUNE.3'))).toBe(true);
    const comune = (await cost('/hsds/services?per_page=5&search=comune%20milano%20spazio%20wemi')).body;
    expect(comune.total_items).toBeGreaterThan(0);
  });

  it('refuses words it cannot look up in the index: too short alone, too long, too many', async () => {
    for (const search of ['di', 'a b', 'x'.repeat(41), Array.from({ length: 11 }, () => 'parola').join(' ')]) {
      const response = await fetch(`${origin}/hsds/services?search=${encodeURIComponent(search)}`);
      expect({ search, status: response.status }).toEqual({ search, status: 400 });
    }
    // A short word beside a longer one is left out.
    const [withShort, without] = [
      await cost('/hsds/services?per_page=1&search=centro%20di'),
      await cost('/hsds/services?per_page=1&search=centro'),
    ];
    expect(withShort.body.total_items).toBe(without.body.total_items);
  });
});

describe('the totals of a list', () => {
  it('are the same where a page only counts the programmes as where it reads them', async () => {
    const { body: terms } = await cost('/hsds/taxonomy_terms?per_page=100&search=spazio%20comune');
    const spazioComuneTerm = terms.contents.find((t: any) => t.name === 'SPAZIO COMUNE')?.id;
    expect(spazioComuneTerm).toBeDefined();
    for (const filter of ['', `&organization_id=${hsdsId('organization', 'Comune di Milano')}`, `&taxonomy_term_id=${spazioComuneTerm}`]) {
      // The first page holds points only (the programmes counted); the last, programmes (read).
      const first = (await cost(`/hsds/services?per_page=5${filter}`)).body;
      const last = (await cost(`/hsds/services?per_page=5&page=${first.total_pages}${filter}`)).body;
      expect({ filter, total: last.total_items }).toEqual({ filter, total: first.total_items });
      expect(last.contents.some((s: any) => /^(Servizio condiviso|Progetto)/.test(s.description))).toBe(true);
    }
  });
});

describe('bounds', () => {
  it('a page past the last answers empty, with the totals, without reading the list', async () => {
    const { body } = await cost('/hsds/services?per_page=100&page=100000');
    const all = (await cost('/hsds/services?per_page=100')).body;
    expect(body).toMatchObject({ total_items: all.total_items, total_pages: all.total_pages, page_number: 100000, size: 0, empty: true });
    expect(body.contents).toEqual([]);
  });

  it('a page of points past the end of the list is counted, and its rows not read', async () => {
    const definition = subgraphs.find((s) => s.name === 'spazio-comune');
    if (!definition) throw new Error('no spazio-comune subgraph');
    const sent: string[] = [];
    const recording = await openDatabase(definition, database.url, {
      onQuery: (sql) => {
        sent.push(sql);
        return sql;
      },
    });
    try {
      sent.length = 0;
      const page = await pointsPage(createContext(recording.em.fork()), 10, null, null, null, 5000);
      expect(page.edges).toEqual([]);
      expect(page.totalCount).toBeLessThan(5000);
      expect(sent.filter((sql) => /from "spazio_comune"."point"/.test(sql))).toEqual([expect.stringMatching(/^select count/)]);
    } finally {
      await recording.close();
    }
  });

  it('points(skip:) takes at most 10000 (BAD_USER_INPUT on skip)', async () => {
    const ask = async (skip: number) => {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: `{ points(first: 1, skip: ${skip}) { totalCount edges { node { id } } } }` }),
      });
      return response.json();
    };
    const refused = await ask(10_001);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'skip' });
    const pastEnd = await ask(10_000);
    expect(pastEnd.data.points.edges).toEqual([]);
    expect(pastEnd.data.points.totalCount).toBe(975);
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

  it("a record by its HSDS id, or an organization's points: the index on the HSDS ids", async () => {
    const plan = await planOf(
      (o) => pointsPage(createContext(o.em.fork()), 10, null, { hsdsIds: [hsdsId('organization', 'Cooperativa sociale La Strada')] }, null),
      /select count.* from .*point.*hsds_id/s,
    );
    expect(plan).toContain('point_hsds_index');
  });

  it('proximity: the index on the coordinates', async () => {
    const plan = await planOf(
      (o) => pointsPage(createContext(o.em.fork()), 10, null, { within: { latitude: 45.4642, longitude: 9.19, radiusKm: 2 } }, null),
      /select .* from .*point.*asin/s,
    );
    expect(plan).toContain('point_address_latitude_address_longitude_index');
  });
});
