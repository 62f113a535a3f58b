import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHED_AT_HEADER, READS_HEADER, WROTE_HEADER } from '../server/response-cache.js';
import { subgraphs } from '../subgraphs/index.js';
import { LISTENER_NAME } from '../subgraphs/shared/data-changes.js';
import { type Hub, operation, post, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// The response caches of the gateway and the subgraphs: an answer is kept until the data behind it
// changes, whoever changes it. Each case counts the SQL statements the subgraphs send: none means
// the answer came from a cache.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let sql: pg.Client;
const statements: string[] = [];

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'response_cache');
  hub = await startHub(database.url, { onQuery: (_subgraph, statement) => statements.push(statement) });
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await hub?.stop();
  await database?.drop();
});

const NAME = 'query ($id: ID!) { point(id: $id) { id name version } }';

/** A real point of the seed, with a name. */
async function somePoint(): Promise<{ id: string; name: string; version: number }> {
  const response = await hub.query('{ points(first: 1, filter: { municipio: 3 }) { nodes { id name version } } }');
  return response.body.data?.points.nodes[0];
}

/** The answer and the SQL statements it cost. */
async function counted(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  statements.length = 0;
  const response = await hub.query(query, variables, headers);
  expect(response.body.errors).toBeUndefined();
  return { data: response.body.data, statements: statements.length };
}

/** Asks until `ready` holds (a notification from PostgreSQL takes a few milliseconds to come), for at most 5 s. */
async function eventually<T>(ask: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 5_000;
  for (;;) {
    const value = await ask();
    if (ready(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('every table announces its writes', () => {
  it.each(subgraphs)('$name: each table of its schema has the trigger', async (definition) => {
    const { rows } = await sql.query(
      `select t.table_name as table, count(tr.trigger_name)::int as triggers
         from information_schema.tables t
         left join information_schema.triggers tr
           on tr.event_object_schema = t.table_schema and tr.event_object_table = t.table_name and tr.trigger_name = 'hub_announce_change'
        where t.table_schema = $1 and t.table_type = 'BASE TABLE' and t.table_name <> 'mikro_orm_migrations'
        group by t.table_name`,
      [definition.databaseSchema],
    );
    expect(rows.length).toBeGreaterThan(0);
    // The staged parts of an import are not part of the graph: staging one must not empty the caches.
    const notInGraph = ['import_upload_part'];
    expect(rows.filter((r) => r.triggers === 0).map((r) => r.table)).toEqual(
      rows.map((r) => r.table).filter((t) => notInGraph.includes(t)),
    );
  });
});

describe('an answer is kept until its data changes', () => {
  it('the same query through the gateway a second time costs no SQL, with the same answer', async () => {
    const query = await operation('CityOverview');
    const first = await counted(query, { callYear: 2022 });
    const second = await counted(query, { callYear: 2022 });
    expect(first.statements).toBeGreaterThan(0);
    expect(second.statements).toBe(0);
    expect(second.data).toEqual(first.data);
  });

  it('a kept answer is sent before Apollo as Apollo sends it: the same bytes, headers and cost', async () => {
    const body = { query: await operation('PointsPage'), variables: { first: 3 } };
    const varying = ['date', 'x-request-id', 'content-length', 'etag', 'x-ratelimit-remaining', 'x-ratelimit-reset'];
    const send = async (extra: object = {}, headers: Record<string, string> = {}) => {
      statements.length = 0;
      const response = await fetch(hub.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ ...body, ...extra }),
      });
      const text = await response.text();
      return {
        status: response.status,
        // The client's bucket refills between requests: its level (and so the length and the ETag) is the one part that differs.
        headers: Object.fromEntries(
          [...response.headers].map(([name, value]) => [name, varying.includes(name) ? typeof value : value] as const),
        ),
        text: text.replace(/"currentlyAvailable":-?\d+/, '"currentlyAvailable":0'),
        statements: statements.length,
      };
    };
    const earlyAnswers = async () => {
      const text = await (await fetch(hub.gateway.url.replace('/graphql', '/metrics'))).text();
      const line = text.split('\n').find((l) => l.startsWith('graphql_response_cache_early_answers_total{') && l.includes('"PointsPage"'));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    expect((await send()).statements).toBeGreaterThan(0);
    const before = await earlyAnswers();
    // Answered before Apollo (server/cached-answer.ts)…
    const early = await send();
    expect(await earlyAnswers()).toBe(before + 1);
    // …and by Apollo's pipeline from the same cache: any `extensions` take that way.
    const late = await send({ extensions: {} });
    expect(await earlyAnswers()).toBe(before + 1);
    expect([early.statements, late.statements]).toEqual([0, 0]);
    expect(early).toEqual(late);
    expect(JSON.parse(early.text).extensions.cost.actualQueryCost).toBeGreaterThan(0);
    const accept = { accept: 'application/graphql-response+json' };
    expect(await send({}, accept)).toEqual(await send({ extensions: {} }, accept));
  });

  it('a subgraph asked directly keeps its answers too', async () => {
    const spazioComune = hub.subgraphs.find((s) => s.name === 'spazio-comune');
    const ask = async () => {
      statements.length = 0;
      const response = await post(spazioComune?.url ?? '', '{ municipi { number name } }');
      return { data: response.body.data, statements: statements.length };
    };
    await ask();
    const again = await ask();
    expect(again.statements).toBe(0);
    expect(again.data?.municipi).toHaveLength(9);
  });

  it('a mutation’s caller reads what it wrote at once, through the same gateway', async () => {
    const target = await somePoint();
    await counted(NAME, { id: target.id });
    expect((await counted(NAME, { id: target.id })).statements).toBe(0);
    const editor = bearer(await hub.tokens.editor([3]));
    const hours = [{ day: 'TUESDAY', opens: '10:00', closes: '12:00', activity: 'FRONT_OFFICE' }];
    const written = await hub.query(
      await operation('SetPointHours'),
      { input: { pointId: target.id, expectedVersion: target.version, hours } },
      editor,
    );
    expect(written.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    const after = await counted(NAME, { id: target.id });
    expect(after.data?.point.version).toBe(target.version + 1);
  });

  it('a write from outside the hub (psql, the importer, another replica) reaches the answers', async () => {
    const target = await somePoint();
    await counted(NAME, { id: target.id });
    expect((await counted(NAME, { id: target.id })).statements).toBe(0);
    await sql.query('update spazio_comune.point set name = $1 where id = $2', ['Punto rinominato', target.id]);
    const after = await eventually(
      () => counted(NAME, { id: target.id }),
      (answer) => answer.data?.point.name === 'Punto rinominato',
    );
    expect(after.data?.point.name).toBe('Punto rinominato');
    await sql.query('update spazio_comune.point set name = $1 where id = $2', [target.name, target.id]);
  });

  it('an anonymous mutation, refused, empties no cache', async () => {
    const query = '{ municipi { number name } }';
    // Kept once the notification of the test before (its clean-up write) has been heard.
    const kept = await eventually(
      async () => {
        await counted(query);
        return counted(query);
      },
      (answer) => answer.statements === 0,
    );
    expect(kept.statements).toBe(0);
    const refused = await hub.query(await operation('SetPointHours'), {
      input: { pointId: 'x', expectedVersion: 1, hours: [] },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await counted(query)).statements).toBe(0);
  });

  it('a request with a token is never answered from a cache', async () => {
    const admin = bearer(await hub.tokens.admin());
    const target = await somePoint();
    await counted(NAME, { id: target.id }, admin);
    expect((await counted(NAME, { id: target.id }, admin)).statements).toBeGreaterThan(0);
  });

  it('a token that does not verify is no token: the gateway and a subgraph answer it from their caches, as anyone', async () => {
    const garbage = { authorization: 'Bearer not-a-token' };
    const target = await somePoint();
    await counted(NAME, { id: target.id });
    expect((await counted(NAME, { id: target.id }, garbage)).statements).toBe(0);
    const spazioComune = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '';
    const query = '{ municipi { number name } }';
    await post(spazioComune, query);
    statements.length = 0;
    const again = await post(spazioComune, query, {}, garbage);
    expect(again.body.errors).toBeUndefined();
    expect(statements.length).toBe(0);
  });

  it('the gateway tells clients nothing about keeping answers (it alone knows when they change)', async () => {
    const response = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipi { number } }' }),
    });
    expect(response.headers.get('cache-control')).toBeNull();
  });
});

describe('a write empties only the answers that read what it wrote', () => {
  // POINT reads spazio-comune's point and opening_hours tables; INDICATORS its indicator and
  // participation tables; CityOverview all three subgraphs.
  const POINT = 'query ($id: ID!) { point(id: $id) { id name openingHours { day opens closes } } }';
  const INDICATORS = '{ indicators { code target2027 actual } }';
  type Indicator = { code: string; target2027: number; actual: number };
  const eeco01 = (data: Record<string, unknown> | null | undefined) =>
    (data?.indicators as Indicator[] | undefined)?.find((i) => i.code === 'EECO01');

  /** Whether the gateway answers `query` from its own cache: no subgraph is asked, no SQL is sent. */
  async function fromGateway(query: string, variables: Record<string, unknown> = {}) {
    const before = await subgraphRequests();
    const answer = await counted(query, variables);
    return answer.statements === 0 && (await subgraphRequests()) === before;
  }

  /** The requests the subgraphs have answered so far (their graphql_requests_total). */
  async function subgraphRequests() {
    let total = 0;
    for (const subgraph of hub.subgraphs) {
      const text = await (await fetch(subgraph.url.replace('/graphql', '/metrics'))).text();
      for (const line of text.split('\n')) if (line.startsWith('graphql_requests_total{')) total += Number(line.split(' ').at(-1));
    }
    return total;
  }

  /** Asks `query` until the gateway answers it from its cache (the writes of the tests before may still be heard). */
  async function cached(query: string, variables: Record<string, unknown> = {}) {
    const hit = await eventually(
      async () => {
        await counted(query, variables);
        return fromGateway(query, variables);
      },
      (kept) => kept,
    );
    expect(hit).toBe(true);
    return counted(query, variables);
  }

  it('through the gateway: a participation record keeps the points, refreshes the indicators; new hours keep the indicators, refresh the point', async () => {
    const target = await somePoint();
    await cached(POINT, { id: target.id });
    const before = eeco01((await cached(INDICATORS)).data);
    const admin = bearer(await hub.tokens.admin());
    const recorded = await hub.query(
      await operation('RecordParticipation'),
      { input: { indicatorCode: 'EECO01', pointId: target.id, date: '2026-03-10', count: 3 } },
      admin,
    );
    expect(recorded.body.data?.recordParticipation.userErrors).toEqual([]);
    // At once, before any notification: the gateway and the subgraph count the caller's write.
    expect(await fromGateway(POINT, { id: target.id })).toBe(true);
    const indicators = await counted(INDICATORS);
    expect(indicators.statements).toBeGreaterThan(0);
    expect(eeco01(indicators.data)?.actual).toBe((before?.actual ?? 0) + 3);
    // And once PostgreSQL's notification of it has come too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await fromGateway(POINT, { id: target.id })).toBe(true);

    await cached(INDICATORS);
    const current = (await counted(POINT, { id: target.id })).data?.point;
    const version = (await hub.query(NAME, { id: target.id })).body.data?.point.version;
    const hours = [{ day: 'WEDNESDAY', opens: '08:30', closes: '11:45', activity: 'FRONT_OFFICE' }];
    const written = await hub.query(
      await operation('SetPointHours'),
      { input: { pointId: target.id, expectedVersion: version, hours } },
      admin,
    );
    expect(written.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    expect(await fromGateway(INDICATORS)).toBe(true);
    const point = await counted(POINT, { id: target.id });
    expect(point.statements).toBeGreaterThan(0);
    expect(point.data?.point.openingHours).toEqual([{ day: 'WEDNESDAY', opens: '08:30', closes: '11:45' }]);
    expect(point.data?.point.openingHours).not.toEqual(current.openingHours);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await fromGateway(INDICATORS)).toBe(true);
  });

  it('a subgraph tells the gateway the tables an answer read and a mutation wrote', async () => {
    const spazioComune = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '';
    const send = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
      fetch(spazioComune, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
    const tables = (response: Response, header: string) => (response.headers.get(header) ?? '').split(',').sort();
    const target = await somePoint();
    expect(tables(await send(POINT, { id: target.id }), READS_HEADER)).toEqual(['opening_hours', 'point']);
    // From its cache too.
    expect(tables(await send(POINT, { id: target.id }), READS_HEADER)).toEqual(['opening_hours', 'point']);
    const recorded = await send(
      await operation('RecordParticipation'),
      { input: { indicatorCode: 'EECO01', pointId: target.id, date: '2026-03-11', count: 1 } },
      bearer(await hub.tokens.admin()),
    );
    expect(tables(recorded, WROTE_HEADER)).toEqual(['audit_entry', 'participation']);
  });

  it('a write in psql empties exactly the answers that read its table, in the gateway and the subgraph', async () => {
    const target = await somePoint();
    await cached(POINT, { id: target.id });
    const before = eeco01((await cached(INDICATORS)).data);
    await sql.query(`update spazio_comune.indicator set target2027 = target2027 + 1 where code = 'EECO01'`);
    try {
      const after = await eventually(
        () => counted(INDICATORS),
        (answer) => eeco01(answer.data)?.target2027 === (before?.target2027 ?? 0) + 1,
      );
      expect(eeco01(after.data)?.target2027).toBe((before?.target2027 ?? 0) + 1);
      // Heard: the point's answer, which read no indicator, is still kept.
      expect(await fromGateway(POINT, { id: target.id })).toBe(true);
      // The subgraph's own cache too, asked directly.
      const spazioComune = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '';
      await post(spazioComune, POINT, { id: target.id });
      statements.length = 0;
      await post(spazioComune, POINT, { id: target.id });
      expect(statements.length).toBe(0);
    } finally {
      await sql.query(`update spazio_comune.indicator set target2027 = target2027 - 1 where code = 'EECO01'`);
    }
  });

  it('an answer read from several subgraphs is refreshed by a write to any table one of its fetches read', async () => {
    const target = await somePoint();
    const query = await operation('CityOverview');
    type Row = { number: number; servizioCivile: { volunteers: number } };
    const volunteers = (data: Record<string, unknown> | null | undefined) =>
      (data?.municipi as Row[] | undefined)?.find((m) => m.number === 2)?.servizioCivile.volunteers;
    await cached(POINT, { id: target.id });
    const before = volunteers((await cached(query, { callYear: 2022 })).data);
    const placement = `(select id from servizio_civile.placement where site_code = '202928' and call_year = 2022 limit 1)`;
    await sql.query(`update servizio_civile.placement set volunteers = volunteers + 5 where id = ${placement}`);
    try {
      const after = await eventually(
        () => counted(query, { callYear: 2022 }),
        (answer) => volunteers(answer.data) === (before ?? 0) + 5,
      );
      expect(volunteers(after.data)).toBe((before ?? 0) + 5);
      expect(await fromGateway(POINT, { id: target.id })).toBe(true);
    } finally {
      await sql.query(`update servizio_civile.placement set volunteers = volunteers - 5 where id = ${placement}`);
    }
  });
});

describe('replicas', () => {
  it('a subgraph answering from its cache says at which version, the one its /changes stream tells', async () => {
    const spazioComune = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '';
    const ask = () =>
      fetch(spazioComune, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipi { number } }' }),
      });
    await ask();
    const cachedAt = (await ask()).headers.get(CACHED_AT_HEADER);
    const stream = await fetch(spazioComune.replace('/graphql', '/changes'));
    const reader = stream.body?.getReader();
    const first = new TextDecoder().decode((await reader?.read())?.value);
    await reader?.cancel();
    const state = JSON.parse(first.replace(/^data: /, ''));
    expect(cachedAt).toBe(`${state.instance}:${state.generation}`);
  });

  it('the gateway keeps no answer a subgraph gave from its cache at a version the gateway does not follow', async () => {
    // A proxy in front of spazio-comune passes its /changes stream through, but makes every answer
    // it gives from its cache look like another replica's, one that has not heard the last write.
    const target = new URL(hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '');
    let fetches = 0;
    const proxy = createServer((req, res) => {
      if (req.url?.startsWith('/graphql')) fetches++;
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          const headers = { ...answer.headers };
          if (headers[CACHED_AT_HEADER]) headers[CACHED_AT_HEADER] = 'another-replica:1';
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxied = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    const scratch = await scratchDatabase(inject('databaseUrl'), 'replica');
    const replicas = await startHub(scratch.url, { override: () => ({ 'spazio-comune': proxied }) });
    try {
      const query = '{ municipi { number name } }';
      await post(hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '', query); // warms the subgraph's own cache
      await replicas.query(query);
      await replicas.query(query);
      const before = fetches;
      await replicas.query(query);
      expect(fetches).toBe(before + 1); // asked again: the gateway kept nothing
    } finally {
      await replicas.stop();
      await scratch.drop();
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});

describe('while a subgraph cannot hear the writes', () => {
  it('nothing is answered from a cache, and caching comes back when it hears again', async () => {
    const query = '{ municipi { number spazioComune { code } } }';
    await counted(query);
    expect((await counted(query)).statements).toBe(0);
    // Cut spazio-comune's LISTEN connection, as a database restart or a network failure would.
    const { rowCount } = await sql.query(
      // By name: after a ping, a listener's last query is no longer its LISTEN.
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = $1`,
      [LISTENER_NAME],
    );
    expect(rowCount).toBe(3);
    const deaf = await eventually(
      () => counted(query),
      (answer) => answer.statements > 0,
    );
    expect(deaf.statements).toBeGreaterThan(0);
    // It reconnects within seconds; from then on its answers are kept again.
    const back = await eventually(
      async () => {
        await counted(query);
        return counted(query);
      },
      (answer) => answer.statements === 0,
    );
    expect(back.statements).toBe(0);
  });
});

describe('HUB_RESPONSE_CACHE_SECONDS=0', () => {
  it('turns the caches off: every answer is read from the database', async () => {
    const scratch = await scratchDatabase(inject('databaseUrl'), 'no_cache');
    const sent: string[] = [];
    const uncached = await startHub(scratch.url, { responseCacheSeconds: 0, onQuery: (_s, statement) => sent.push(statement) });
    try {
      await uncached.query('{ municipi { number name } }');
      sent.length = 0;
      await uncached.query('{ municipi { number name } }');
      expect(sent.length).toBeGreaterThan(0);
    } finally {
      await uncached.stop();
      await scratch.drop();
    }
  });
});
