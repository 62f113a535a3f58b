import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import demo from '../subgraphs/spazio-comune/seed/demo.json' with { type: 'json' };
import municipi from '../subgraphs/spazio-comune/seed/municipi_ds379.json' with { type: 'json' };
import { type Hub, operation, startHub, withLimits } from './support/hub.js';

// The operations of shared/contract/operations-dashboards-mobile through the gateway on a freshly
// seeded hub with the demo data set, checked against independent computations: turf for the
// boundaries, a haversine written here for distances.

let hub: Hub;
beforeAll(async () => {
  // One document asks municipioAt for 1000 positions (aliases): above the default limits on purpose.
  hub = await startHub(inject('databaseUrl'), { http: withLimits({ aliases: 1000, tokens: 20_000, cost: 100_000 }) });
});
afterAll(() => hub?.stop());

async function run(name: string, variables: Record<string, unknown> = {}) {
  const response = await hub.query(await operation(name), variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Record<string, any>;
}

async function expectBadInput(query: string, variables: Record<string, unknown> = {}) {
  const response = await hub.query(query, variables);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
}

/** A small seeded generator, so the random positions are the same at every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function turfMunicipio(latitude: number, longitude: number): number[] {
  return municipi.features
    .filter((f) => booleanPointInPolygon([longitude, latitude], f as never))
    .map((f) => f.properties.MUNICIPIO)
    .sort();
}

describe('MunicipioAt', () => {
  it('agrees with turf on 1000 positions across and around Milan', async () => {
    const next = random(7);
    const positions = Array.from({ length: 1000 }, () => ({ latitude: 45.38 + next() * 0.16, longitude: 9.03 + next() * 0.25 }));
    const query = `{ ${positions.map((p, i) => `p${i}: municipioAt(latitude: ${p.latitude}, longitude: ${p.longitude}) { number }`).join(' ')} }`;
    const response = await hub.query(query);
    expect(response.body.errors).toBeUndefined();
    let inside = 0;
    positions.forEach((p, i) => {
      const expected = turfMunicipio(p.latitude, p.longitude);
      const got = response.body.data?.[`p${i}`]?.number ?? null;
      if (expected.length === 0) expect(got, JSON.stringify(p)).toBeNull();
      else {
        inside++;
        expect(expected).toContain(got);
      }
    });
    expect(inside).toBeGreaterThan(400);
  });

  it('answers the operation, null outside Milan, and a point on a shared border belongs to one of its Municipi', async () => {
    expect((await run('MunicipioAt', { latitude: 45.4642, longitude: 9.19 })).municipioAt).toMatchObject({
      number: 1,
      name: 'Municipio 1',
    });
    expect((await run('MunicipioAt', { latitude: 45.07, longitude: 7.69 })).municipioAt).toBeNull(); // Turin
    const vertex = municipi.features[0]?.geometry.coordinates[0]?.[0] as [number, number];
    const got = (await run('MunicipioAt', { latitude: vertex[1], longitude: vertex[0] })).municipioAt;
    expect(turfMunicipio(vertex[1], vertex[0])).toContain(got.number);
    await expectBadInput(`{ municipioAt(latitude: 91, longitude: 9) { number } }`);
  });

  it('gives points with coordinates but no Municipio from a source the one of the boundaries, and says so', async () => {
    const data = await hub.query(
      `{ points(first: 100, filter: { kind: WEMI }) { edges { node { id municipio { number } municipioBasis address { latitude longitude } source { demo } } } } }`,
    );
    const nodes = data.body.data?.points.edges.map((e: any) => e.node) as any[];
    const demoNodes = nodes.filter((n) => n.source.demo);
    expect(demoNodes.length).toBe(20);
    for (const node of demoNodes) {
      expect(node.municipioBasis).toBe('BOUNDARY');
      expect(turfMunicipio(node.address.latitude, node.address.longitude)).toEqual([node.municipio.number]);
      expect(node.id).toMatch(new RegExp(`^demo-wemi-${node.municipio.number}-`));
    }
    expect(nodes.find((n) => n.id === 'wemi-piazzetta')).toMatchObject({ municipio: { number: 4 }, municipioBasis: 'SOURCE' });
    expect(nodes.find((n) => n.id === 'wemi-capuana')).toMatchObject({ municipio: null, municipioBasis: null });
  });
});

describe('PointsNearby', () => {
  const haversine = (a: [number, number], b: [number, number]) => {
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b[0] - a[0]) * rad) / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(((b[1] - a[1]) * rad) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  };

  it.each([0.8, 2, 5, 30])('within %s km: the points a haversine finds, nearest first, ties by id', async (radiusKm) => {
    const here: [number, number] = [45.478, 9.205];
    const { pointsNearby } = await run('PointsNearby', {
      latitude: here[0],
      longitude: here[1],
      radiusKm,
      at: '2026-11-23T10:00:00+01:00',
    });
    const expected = demo.points
      .map((p) => ({ id: p.id, d: haversine(here, [p.address.latitude, p.address.longitude]) }))
      .filter((p) => p.d <= radiusKm)
      .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
    expect(pointsNearby.map((n: any) => n.point.id)).toEqual(expected.map((p) => p.id));
    pointsNearby.forEach((n: any, i: number) => {
      expect(n.distanceKm).toBeCloseTo(expected[i]?.d ?? -1, 6);
    });
  });

  it('rejects a radius over 50 km', async () => {
    await expectBadInput(await operation('PointsNearby'), {
      latitude: 45.4,
      longitude: 9.2,
      radiusKm: 50.5,
      at: '2026-11-23T10:00:00+01:00',
    });
  });
});

describe('PointsPage', () => {
  async function walk(first: number, filter?: Record<string, unknown>) {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let page = 0; page < 100; page++) {
      const { points } = await run('PointsPage', { first, after, filter });
      totalCount = points.totalCount;
      ids.push(...points.edges.map((e: any) => e.node.id));
      expect(points.pageInfo.endCursor).toBe(points.edges.at(-1)?.cursor ?? null);
      if (!points.pageInfo.hasNextPage) break;
      after = points.pageInfo.endCursor;
    }
    return { ids, totalCount };
  }

  it('walks every point exactly once, in a stable order, whatever the page size', async () => {
    const all = await walk(100);
    expect(all.ids.length).toBe(26 + 49);
    expect(all.totalCount).toBe(all.ids.length);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    for (const size of [1, 7, 75]) expect((await walk(size)).ids).toEqual(all.ids);
  });

  it('filters by Municipio, kind and openAt, with a matching totalCount', async () => {
    const two = await walk(4, { municipio: 2 });
    expect(two.totalCount).toBe(two.ids.length);
    expect(two.ids).toEqual(expect.arrayContaining(['csrc-sammartini', 'demo-csrc-2-1', 'demo-wemi-2-1']));
    const wemi = await walk(10, { kind: 'WEMI', municipio: 4 });
    expect(wemi.ids).toEqual(['demo-wemi-4-1', 'demo-wemi-4-2', 'wemi-piazzetta']);
    // Monday 23 November 2026, 10:00 in Milan: the demo Spazi WeMi are at the front office, the CSRC closed.
    const open = await walk(5, { openAt: '2026-11-23T10:00:00+01:00' });
    expect(open.ids.length).toBe(20);
    expect(open.ids.every((id) => id.startsWith('demo-wemi-'))).toBe(true);
    // Sunday at 03:00: nothing is open — an empty page.
    const { points } = await run('PointsPage', { first: 10, filter: { openAt: '2026-11-22T03:00:00+01:00' } });
    expect(points).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('rejects a page size outside 1–100 and a cursor it did not make', async () => {
    await expectBadInput(await operation('PointsPage'), { first: 0 });
    await expectBadInput(await operation('PointsPage'), { first: 101 });
    await expectBadInput(await operation('PointsPage'), { first: 5, after: 'not-a-cursor' });
  });
});

describe('PointSchedule', () => {
  it('shows the August closure, and the next opening after it in local time', async () => {
    const { point } = await run('PointSchedule', { id: 'demo-csrc-1-1', at: '2026-08-10T15:00:00+02:00' });
    expect(point.isOpen).toBe(false);
    expect(point.nextChange).toEqual({ at: '2026-08-24T14:30:00+02:00', opens: true }); // Monday after the closure
    expect(point.specialSchedules).toMatchObject([
      { validFrom: '2026-08-08', validTo: '2026-08-23', closed: true, opens: null, closes: null, reason: 'Chiusura estiva' },
    ]);
    expect(point.openingHours).toContainEqual({ day: 'FRIDAY', opens: '20:30', closes: '00:30', activity: 'OTHER' });
    // From the first evening of the closure, the reopening is more than 14 days away.
    const early = await run('PointSchedule', { id: 'demo-csrc-1-1', at: '2026-08-08T20:00:00+02:00' });
    expect(early.point).toMatchObject({ isOpen: false, nextChange: null });
  });

  it('is open past midnight on a Friday night, and says when it closes', async () => {
    const { point } = await run('PointSchedule', { id: 'demo-csrc-1-1', at: '2026-11-28T00:15:00+01:00' });
    expect(point.isOpen).toBe(true);
    expect(point.nextChange).toEqual({ at: '2026-11-28T00:30:00+01:00', opens: false });
  });

  it('answers null for a point without a timetable, and for an unknown id', async () => {
    const { point } = await run('PointSchedule', { id: 'wemi-piazzetta', at: '2026-11-23T10:00:00+01:00' });
    expect(point).toMatchObject({ isOpen: null, nextChange: null, openingHours: [], specialSchedules: [] });
    expect((await run('PointSchedule', { id: 'nessuno', at: '2026-11-23T10:00:00+01:00' })).point).toBeNull();
  });
});

describe('YouthOpportunities', () => {
  it('lists both programmes in one shape and one request', async () => {
    const data = await run('YouthOpportunities', { filter: null });
    expect(data.servizioCivileOpportunities).toHaveLength(7);
    expect(data.servizioCivileOpportunities.reduce((sum: number, o: any) => sum + o.places, 0)).toBe(10);
    expect(data.servizioCivileOpportunities[1]).toMatchObject({
      programme: 'SERVIZIO_CIVILE',
      title: 'Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano',
      callYear: 2022,
      places: 2,
      weeklyHours: 25,
      annualHours: 1145,
      site: { name: 'Municipio 2', address: { street: 'Via G. B. Sammartini, 120', city: 'Milano' } },
      municipio: { number: 2 },
    });
    expect(data.levaCivicaOpportunities).toMatchObject([
      {
        programme: 'LEVA_CIVICA',
        title: 'La coesione sociale',
        callYear: null,
        places: 1,
        weeklyHours: 30,
        annualHours: 1400,
        site: {
          name: 'Comune di Milano - Direzione Politiche Sociali - Unità Coesione sociale',
          address: { street: 'Largo Treves, 1', city: 'Milano' },
        },
        municipio: null,
      },
    ]);
  });

  it('applies the same filter to both', async () => {
    const two = await run('YouthOpportunities', { filter: { municipio: 2 } });
    expect(two.servizioCivileOpportunities.map((o: any) => o.site.name)).toEqual(['Municipio 2', 'Ufficio Tutele']);
    expect(two.levaCivicaOpportunities).toEqual([]);
    const long = await run('YouthOpportunities', { filter: { minWeeklyHours: 26 } });
    expect(long.servizioCivileOpportunities).toEqual([]);
    expect(long.levaCivicaOpportunities).toHaveLength(1);
    expect((await run('YouthOpportunities', { filter: { callYear: 2019 } })).servizioCivileOpportunities).toEqual([]);
    await expectBadInput(await operation('YouthOpportunities'), { filter: { minWeeklyHours: 30, maxWeeklyHours: 20 } });
  });
});

describe('CallComparison', () => {
  it('compares a call with itself: every site, delta 0, by code', async () => {
    const { servizioCivileCallComparison: rows } = await run('CallComparison', { fromYear: 2022, toYear: 2022 });
    expect(rows.map((r: any) => r.site.code)).toEqual(['167247', '167282', '167292', '167296', '167298', '202928', '211622']);
    expect(rows.every((r: any) => r.delta === 0 && r.fromVolunteers === r.toVolunteers)).toBe(true);
  });

  it('is null for an unknown call and rejects an impossible year', async () => {
    expect((await run('CallComparison', { fromYear: 2019, toYear: 2022 })).servizioCivileCallComparison).toBeNull();
    await expectBadInput(await operation('CallComparison'), { fromYear: 1900, toYear: 2022 });
  });
});

describe('demo data', () => {
  it('is marked demo in the API, and the compliance report over it shows rules met and missed', async () => {
    const { compliance, indicators } = await run('NetworkHealth');
    const passed = new Set(compliance.map((c: any) => c.passed));
    expect(passed).toContain(true);
    expect(passed).toContain(false);
    for (const rule of ['FRONT_OFFICE_15_ORE', 'OPERATORI_MINIMO_2', 'COORDINATORE_PER_RETE']) {
      const outcomes = new Set(
        compliance
          .filter((c: any) => c.rule === rule && (c.subject.includes('dimostrativ') || c.subject.startsWith('SPAZIO')))
          .map((c: any) => c.passed),
      );
      expect(outcomes, rule).toEqual(new Set([true, false]));
    }
    expect(indicators.find((i: any) => i.code === 'EECO01').actual).toBe(
      demo.participation.filter((p) => p.indicator === 'EECO01').reduce((s, p) => s + p.quantity, 0),
    );
  });
});
