import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { limitRecords, recordsInFlight, releaseRecords } from '../subgraphs/shared/record-budget.js';
import { Point } from '../subgraphs/spazio-comune/point.js';
import { type Hub, startHub, withLimits } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// HUB_MAX_RECORDS bounds what a query loads in a subgraph, whatever its estimated cost assumed:
// here 60 records, on a scratch database whose points outnumber them.

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let hub: Hub;
const statements: string[] = [];
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'record_budget');
  hub = await startHub(database.url, {
    http: withLimits({ records: 60 }),
    responseCacheSeconds: 0,
    onQuery: (_subgraph, sql) => statements.push(sql),
  });
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

describe('the records one query may load (HUB_MAX_RECORDS)', () => {
  it('refuses the load past the budget with RESPONSE_TOO_LARGE, and answers a smaller read', async () => {
    const over = await hub.query('{ points(first: 100) { nodes { id } } }');
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    expect(over.body.errors?.[0]?.message).toMatch(/more than 60 records/);
    const under = await hub.query('{ points(first: 10) { nodes { id } } }');
    expect(under.body.errors).toBeUndefined();
    expect(under.body.data?.points.nodes).toHaveLength(10);
  });

  it('reads no more children than the budget has left: their SQL is limited', async () => {
    statements.length = 0;
    const over = await hub.query('{ points(first: 50) { nodes { id openingHours { day } } } }');
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    const hours = statements.filter((sql) => /from "spazio_comune"\."opening_hours"/.test(sql));
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatch(/ limit \?$/);
  });

  it('refuses loads with SERVER_BUSY while the queries in flight hold the process bound, and not once they end', async () => {
    const orm = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.orm;
    if (!orm) throw new Error('no spazio-comune');
    const [first, second] = [orm.em.fork(), orm.em.fork()];
    limitRecords(first, 1000, 1_000_000);
    const before = recordsInFlight();
    await first.find(Point, {}, { limit: 20 });
    const held = recordsInFlight();
    expect(held).toBeGreaterThanOrEqual(before + 20);
    // A second query armed with a process bound of what is in flight now: its first record is refused.
    limitRecords(second, 1000, held);
    await expect(second.find(Point, {}, { limit: 10 })).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    releaseRecords(first);
    expect(recordsInFlight()).toBe(before);
    expect(await second.find(Point, {}, { limit: 10 })).toHaveLength(10);
    releaseRecords(second);
    expect(recordsInFlight()).toBe(before);
  });

  it('leaves writes alone: an import of more points than the budget commits', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `wemi-budget-${i},WEMI,Spazio WeMi ${i},"Via Larga, ${i + 1}",Milano,,,1,`);
    const document = ['id,kind,name,street,city,latitude,longitude,municipio,hours', ...rows].join('\n');
    const admin = bearer(await hub.tokens.admin());
    const imported = await hub.query(
      'mutation ($input: ImportPointsInput!) { importPoints(input: $input) { report { created } userErrors { code message } } }',
      { input: { document, format: 'CSV' } },
      admin,
    );
    expect(imported.body.errors).toBeUndefined();
    expect(imported.body.data?.importPoints).toEqual({ report: { created: 80 }, userErrors: [] });
  });
});
