import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';

// Unknown things answer null; impossible arguments answer BAD_USER_INPUT; nothing answers 500 or leaks a stack.

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
});
afterAll(() => hub?.stop());

function expectNoStack(body: unknown) {
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
}

describe('unknown codes and years', () => {
  it('give null, not an error', async () => {
    const response = await hub.query(
      `{ servizioCivileCall(year: 2019) { year } servizioCivileSite(code: "999999") { code } point(id: "nessuno") { id } levaCivicaProject(id: "x") { id } }`,
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ servizioCivileCall: null, servizioCivileSite: null, point: null, levaCivicaProject: null });
  });

  it('a Municipio for a call that does not exist has no Servizio Civile data', async () => {
    const response = await hub.query(`{ municipi { number servizioCivile(callYear: 2019) { volunteers } } }`);
    expect(response.body.errors).toBeUndefined();
    expect(((response.body.data?.municipi ?? []) as { servizioCivile: unknown }[]).every((m) => m.servizioCivile === null)).toBe(true);
  });
});

describe('invalid arguments', () => {
  it.each([
    ['a year no call can have', `{ servizioCivileCall(year: -5) { year } }`, 'year'],
    ['a site code that is not numeric', `{ servizioCivileSite(code: "abc; drop table") { code } }`, 'code'],
    ['a Municipio number outside 1–9', `{ municipio(number: 12) { name } }`, 'number'],
    ['a radius over 50 km', `{ pointsNearby(latitude: 45.46, longitude: 9.19, radiusKm: 51) { distanceKm } }`, 'radiusKm'],
    ['a latitude out of range', `{ pointsNearby(latitude: 123, longitude: 9.19, radiusKm: 1) { distanceKm } }`, 'latitude'],
    ['a negative radius', `{ pointsNearby(latitude: 45.46, longitude: 9.19, radiusKm: -1) { distanceKm } }`, 'radiusKm'],
  ])('%s is a BAD_USER_INPUT error', async (_name, query, argumentName) => {
    const response = await hub.query(query);
    expect(response.status).toBe(200);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expectNoStack(response.body);
  });

  it('an impossible call year inside a cross-subgraph field is BAD_USER_INPUT and the rest still answers', async () => {
    const response = await hub.query(`{ municipi { number servizioCivile(callYear: 3000) { volunteers } } }`);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(((response.body.data?.municipi ?? []) as unknown[]).length).toBe(9);
  });

  it('a wrongly typed variable is BAD_USER_INPUT with status 400, not 500', async () => {
    const response = await hub.query(`query ($year: Int!) { servizioCivileCall(year: $year) { year } }`, { year: 'duemila' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expectNoStack(response.body);
  });

  it('an unknown field is a validation error, not a crash', async () => {
    const response = await hub.query(`{ servizioCivileCall(year: 2022) { nonEsiste } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectNoStack(response.body);
  });

  it('a request that is not GraphQL is a 400, not a 500', async () => {
    const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(response.status).toBe(400);
  });
});
