import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { opportunityFacts } from '../subgraphs/servizio-civile/youth-opportunity-rows.js';
import { createContext } from '../subgraphs/shared/context.js';
import { limitRecords, recordsInFlight, releaseRecords } from '../subgraphs/shared/record-budget.js';
import { openingHoursByPoint } from '../subgraphs/spazio-comune/opening-hours.loaders.js';
import { Operator } from '../subgraphs/spazio-comune/operator.js';
import { operatorsByNetwork } from '../subgraphs/spazio-comune/operator.loaders.js';
import { Point } from '../subgraphs/spazio-comune/point.js';
import { scheduleOf } from '../subgraphs/spazio-comune/point-schedule.js';
import { SpazioComune } from '../subgraphs/spazio-comune/spazio-comune.js';
import { type Hub, startHub, withLimits } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// HUB_MAX_RECORDS bounds what a query loads in a subgraph, whatever its estimated cost assumed:
// here 100 records, on a scratch database whose points outnumber them.

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let hub: Hub;
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'record_budget');
  hub = await startHub(database.url, {
    http: withLimits({ records: 100 }),
    responseCacheSeconds: 0,
  });
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

describe('the records one query may load (HUB_MAX_RECORDS)', () => {
  it('refuses the load past the budget with RESPONSE_TOO_LARGE, and answers a smaller read', async () => {
    const over = await hub.query('{ points(first: 100) { nodes { id openingHours { day } } } }');
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
    expect(over.body.errors?.[0]?.message).toMatch(/more than 100 records/);
    const under = await hub.query('{ points(first: 10) { nodes { id } } }');
    expect(under.body.errors).toBeUndefined();
    expect(under.body.data?.points.nodes).toHaveLength(10);
  });

  it('never cuts a list short: children already loaded in the request are read again and not counted again', async () => {
    // Found by review: a SQL limit of what the budget had left dropped the children loaded before, silently.
    const orm = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.orm;
    if (!orm) throw new Error('no spazio-comune');
    const ctx = createContext(orm.em);
    // Every operator but four loaded before the budget is armed: the rest, with their references, fit in 40 (about 22).
    const total = await ctx.em.count(Operator, { network: { $ne: null } });
    await ctx.em.find(Operator, { network: { $ne: null } }, { limit: total - 4, orderBy: { id: 'desc' } });
    limitRecords(ctx.em, 40);
    try {
      const networks = await ctx.em.find(SpazioComune, {});
      const lists = await operatorsByNetwork(ctx).loadMany(networks.map((n) => n.code));
      const counts = await ctx.em
        .getConnection()
        .execute<{ code: string; n: number }[]>(
          'select network_code as code, count(*)::int as n from spazio_comune.operator where network_code is not null group by 1',
        );
      const expected = Object.fromEntries(counts.map((r) => [r.code, r.n]));
      expect(Object.fromEntries(networks.map((n, i) => [n.code, (lists[i] as Operator[]).length]))).toEqual(expected);
    } finally {
      releaseRecords(ctx.em);
    }
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

  it('counts the rows read without entities (a point’s weekly hours and special schedules) as entities would be counted', async () => {
    const orm = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.orm;
    if (!orm) throw new Error('no spazio-comune');
    const ctx = createContext(orm.em);
    const ids = ['demo-csrc-1-1', 'demo-wemi-1-1'];
    // A list goes to MikroORM's execute as `array[?]` (it spreads an array parameter into values).
    const count = async (table: string) =>
      (
        await ctx.em.execute<{ n: number }[]>(
          `select count(*)::int as n from spazio_comune.${table} where point_id = any(array[?]::text[])`,
          [ids],
        )
      )[0]?.n ?? 0;
    const hours = await count('opening_hours');
    const specials = await count('special_schedule');
    expect(hours).toBeGreaterThan(0);
    expect(specials).toBeGreaterThan(0);
    limitRecords(ctx.em, 1000);
    const before = recordsInFlight();
    try {
      const read = await Promise.all(ids.map((id) => scheduleOf(ctx, id)));
      expect(read.flatMap((s) => s.weekly)).toHaveLength(hours);
      expect(read.flatMap((s) => s.specials)).toHaveLength(specials);
      expect(recordsInFlight() - before).toBe(hours + specials);
    } finally {
      releaseRecords(ctx.em);
    }
    // Past the budget, the same read is refused as a load of entities would be.
    const small = createContext(orm.em);
    limitRecords(small.em, hours - 1);
    try {
      const [refused] = await openingHoursByPoint(small).loadMany(ids);
      expect(refused).toMatchObject({ extensions: { code: 'RESPONSE_TOO_LARGE' } });
    } finally {
      releaseRecords(small.em);
    }
  });

  it('counts the opportunities read as plain rows as their placements, projects and sites would be counted', async () => {
    const orm = hub.subgraphs.find((s) => s.name === 'servizio-civile')?.orm;
    if (!orm) throw new Error('no servizio-civile');
    const ctx = createContext(orm.em);
    const [counted] = await ctx.em.execute<{ placements: number; projects: number; sites: number }[]>(
      `select count(*)::int as placements, count(distinct project_id)::int as projects, count(distinct site_code)::int as sites
       from servizio_civile.placement where call_year = 2022`,
    );
    if (!counted) throw new Error('no placements');
    const records = counted.placements + counted.projects + counted.sites;
    expect(counted.placements).toBeLessThan(100);
    limitRecords(ctx.em, 1000);
    const before = recordsInFlight();
    try {
      expect(await opportunityFacts(ctx, { year: 2022, first: 100 })).toHaveLength(counted.placements);
      expect(recordsInFlight() - before).toBe(records);
    } finally {
      releaseRecords(ctx.em);
    }
    const small = createContext(orm.em);
    limitRecords(small.em, records - 1);
    try {
      await expect(opportunityFacts(small, { year: 2022, first: 100 })).rejects.toMatchObject({
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      });
    } finally {
      releaseRecords(small.em);
    }
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
