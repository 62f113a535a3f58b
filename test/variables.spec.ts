import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, operation, startHub } from './support/hub.js';
import { recordingProxy } from './support/recording-proxy.js';

// Values are checked once, at the gateway, by the scalars' own parsing (subgraphs/shared/scalars.ts): a
// value a scalar refuses answers one BAD_USER_INPUT error naming its variable, HTTP 400, and no subgraph
// is asked. A recording proxy stands in front of spazio-comune, the real subgraph behind it.

let hub: Hub;
let upstream = '';
const spazioComune = recordingProxy(() => upstream);
/** The GraphQL requests the gateway sent spazio-comune, its readiness probes left out. */
const asked = () => spazioComune.seen.filter((r) => r.body.includes('"query"') && !r.body.includes('HubReadiness'));

beforeAll(async () => {
  const proxied = await spazioComune.listen();
  hub = await startHub(inject('databaseUrl'), {
    override: (running) => {
      upstream = running.find((s) => s.name === 'spazio-comune')?.url ?? '';
      return { 'spazio-comune': proxied };
    },
  });
});
afterAll(async () => {
  await hub?.stop();
  await spazioComune.close();
});

const NEARBY = `query Nearby($at: DateTime!) {
  pointsNearby(latitude: 45.4642, longitude: 9.19, radiusKm: 5, first: 5) { point { id isOpen(at: $at) } }
}`;

describe('a variable a scalar refuses', () => {
  it.each([
    ['no offset', '2026-11-23T10:00:00'],
    ['a date alone', '2026-11-23'],
    ['epoch milliseconds', 1764000000000],
    ['a day that does not exist', '2026-02-30T10:00:00+01:00'],
  ])('(%s) answers one BAD_USER_INPUT naming it, 400, before any subgraph is asked', async (_name, at) => {
    spazioComune.reset();
    const { status, body } = await hub.query(NEARBY, { at });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', variableName: 'at' });
    expect(body.errors?.[0]?.message).toMatch(/^Variable "\$at" got invalid value .*DateTime/);
    expect(asked()).toEqual([]);
  });

  it('costs the client nothing: nothing ran', async () => {
    const { body } = await hub.query(NEARBY, { at: '2026-11-23' });
    expect(body.extensions?.cost).toMatchObject({ requestedQueryCost: expect.any(Number), actualQueryCost: 0 });
    expect(body.extensions?.cost.requestedQueryCost).toBeGreaterThan(0);
  });

  it('answers 400 in application/graphql-response+json, as the GraphQL-over-HTTP specification asks', async () => {
    const response = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: NEARBY, variables: { at: '2026-11-23' } }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('is the same for a LocalTime or LocalDate inside a mutation’s input: one error per refused value, its path in the message', async () => {
    spazioComune.reset();
    const authorization = `Bearer ${await hub.tokens.admin()}`;
    const hours = [
      { day: 'MONDAY', opens: '09:00', closes: '13:00', activity: 'FRONT_OFFICE' },
      { day: 'FRIDAY', opens: '25:00', closes: '9:5', activity: 'OTHER' },
    ];
    const setHours = await hub.query(
      await operation('SetPointHours'),
      { input: { pointId: 'demo-wemi-2-1', expectedVersion: 1, hours } },
      { authorization },
    );
    expect(setHours.status).toBe(400);
    expect(setHours.body.errors?.map((e) => [e.extensions, /at "(.+?)"/.exec(e.message)?.[1]])).toEqual([
      [{ code: 'BAD_USER_INPUT', variableName: 'input' }, 'input.hours[1].opens'],
      [{ code: 'BAD_USER_INPUT', variableName: 'input' }, 'input.hours[1].closes'],
    ]);
    const closure = await hub.query(
      await operation('AddClosure'),
      {
        input: {
          pointId: 'demo-wemi-2-1',
          expectedVersion: 1,
          validFrom: '2027-02-30',
          validTo: '2027-03-01',
          closed: true,
          reason: 'Chiusura',
        },
      },
      { authorization },
    );
    expect(closure.status).toBe(400);
    expect(closure.body.errors, JSON.stringify(closure.body.errors)).toHaveLength(1);
    expect(closure.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', variableName: 'input' });
    expect(asked()).toEqual([]);
  });

  it('lets a right value through, whatever its offset', async () => {
    spazioComune.reset();
    for (const at of ['2026-11-23T10:00:00+01:00', '2026-11-23T09:00:00Z']) {
      const { status, body } = await hub.query(NEARBY, { at });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.pointsNearby.length).toBeGreaterThan(0);
    }
  });
});

describe('a value a scalar refuses written in the document', () => {
  it('is a document the schema does not allow: 400 GRAPHQL_VALIDATION_FAILED, before any subgraph is asked', async () => {
    spazioComune.reset();
    const { status, body } = await hub.query('{ point(id: "demo-wemi-2-1") { isOpen(at: "garbage") } }');
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/DateTime/);
    expect(asked()).toEqual([]);
  });
});
