import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';

// A call's projects kept by HSDS ids that match none are none, even beside the unfiltered list in the
// same request (the two share the request's loaders, kept by their parameters).

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), { responseCacheSeconds: 0 });
});
afterAll(() => hub?.stop());

it('projects(hsdsIds) matching nothing is empty beside projects unfiltered', async () => {
  const unknown = '6f1c2b8e-1d3a-4c5b-9e7f-0a1b2c3d4e5f';
  const response = await hub.query(
    `query ($ids: [ID!]) { servizioCivileCall(year: 2022) { all: projects { id } none: projects(hsdsIds: $ids) { id } } }`,
    { ids: [unknown] },
  );
  expect(response.body.errors).toBeUndefined();
  const call = (response.body.data as any).servizioCivileCall;
  expect(call.all.length).toBeGreaterThan(0);
  expect(call.none).toEqual([]);
});
