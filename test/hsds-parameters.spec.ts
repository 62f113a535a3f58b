import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTE_PARAMETERS } from '../gateway/hsds/parameters.js';
import { hsdsValidator } from './support/hsds-schemas.js';
import { type Hub, root, startHub } from './support/hub.js';

// The HSDS API's query parameters: each route takes what HSDA's OpenAPI gives it, and honours it or
// refuses it with 400 and why; a parameter no route of HSDA has answers 400 too, never ignored.

let hub: Hub;
let base: string;
const validate = hsdsValidator();

beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  base = `${new URL(hub.gateway.url).origin}/hsds`;
});
afterAll(async () => {
  await hub?.stop();
});

async function get(path: string): Promise<{ status: number; type: string; body: any; text: string }> {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const json = /^application\/(problem\+)?json/.test(type);
  return { status: response.status, type, text, body: json ? JSON.parse(text) : null };
}

async function graph(query: string): Promise<any> {
  const { body } = await hub.query(query);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function expectRefused(path: string, naming: string) {
  const answer = await get(path);
  expect(answer.status, path).toBe(400);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
  expect(answer.body.detail, path).toContain(naming);
  return answer.body.detail as string;
}

/** The ids of the three taxonomies: programmes, WeMi categories, areas of the shared services. */
async function taxonomies(): Promise<{ programmes: string; wemi: string; areas: string }> {
  const [programmes, wemi, areas] = (await get('/taxonomies')).body.contents.map((t: { id: string }) => t.id);
  return { programmes, wemi, areas };
}

describe('the parameters of each route', () => {
  it('are those of HSDA’s OpenAPI (and proximity on /services, as on /service_at_locations)', () => {
    const openapi = JSON.parse(readFileSync(`${root}/gateway/hsds/hsds-3.0/schema/openapi.json`, 'utf8'));
    const params = (path: string) =>
      ((openapi.paths[path].get.parameters ?? []) as { $ref?: string; name?: string; in?: string }[])
        .map((p) => (p.$ref ? openapi.components.parameters[p.$ref.split('/').pop() as string] : p))
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
    const sorted = (names: string[]) => [...names].sort();
    expect(sorted(ROUTE_PARAMETERS.services)).toEqual([...params('/services'), 'proximity'].sort());
    expect(sorted(ROUTE_PARAMETERS.serviceAtLocations)).toEqual(params('/service_at_locations'));
    expect(sorted(ROUTE_PARAMETERS.organizations)).toEqual(params('/organizations'));
    expect(sorted(ROUTE_PARAMETERS.organization)).toEqual(params('/organizations/{id}'));
    expect(sorted(ROUTE_PARAMETERS.taxonomies)).toEqual(params('/taxonomies'));
    expect(sorted(ROUTE_PARAMETERS.taxonomyTerms)).toEqual(params('/taxonomy_terms'));
    for (const record of ['/services/{id}', '/service_at_locations/{id}', '/taxonomies/{id}', '/taxonomy_terms/{id}'])
      expect(params(record), record).toEqual(ROUTE_PARAMETERS.record);
  });

  it('refuse, on every route, a parameter it does not take: 400 naming it', async () => {
    const { services } = { services: (await get('/services?per_page=1')).body.contents };
    const { wemi } = await taxonomies();
    const records = [`/services/${services[0].id}`, `/taxonomies/${wemi}`, `/organizations/${services[0].organization_id}`];
    const lists = ['/', '/services', '/service_at_locations', '/organizations', '/taxonomies', '/taxonomy_terms'];
    for (const path of [...lists, ...records]) {
      const message = await expectRefused(`${path}?colour=blue`, 'colour');
      expect(message).toContain('not a parameter of');
    }
    // HSDA's own parameters on a route that HSDA does not give them to.
    await expectRefused('/taxonomies?taxonomy_id=x', 'taxonomy_id');
    await expectRefused('/services?postcode=20121', 'postcode');
    await expectRefused(`/services/${services[0].id}?full=true`, 'full');
    await expectRefused('/organizations?minimal=true', 'minimal');
    // A known one still works beside them.
    expect((await get(`/services/${services[0].id}`)).status).toBe(200);
  });

  it('refuses a boolean that is neither true nor false', async () => {
    await expectRefused('/services?full=yes', 'full must be true or false');
    await expectRefused('/taxonomy_terms?top_only=1', 'top_only must be true or false');
  });
});

describe('taxonomy_id', () => {
  it('keeps the services classified by any term of the taxonomy', async () => {
    const { programmes, wemi, areas } = await taxonomies();
    const all = (await get('/services?per_page=1')).body.total_items;
    // Every service belongs to one of the programmes.
    expect((await get(`/services?per_page=1&taxonomy_id=${programmes}`)).body.total_items).toBe(all);
    // The WeMi categories classify the Spazi WeMi alone.
    const byWemi = await get(`/services?per_page=100&full=true&taxonomy_id=${wemi}`);
    const { points } = await graph('{ points(first: 1, filter: { kind: WEMI }) { totalCount } }');
    expect(byWemi.body.total_items).toBe(points.totalCount);
    for (const service of byWemi.body.contents)
      expect(
        service.attributes.some((a: any) => a.taxonomy_term.taxonomy_id === wemi),
        service.name,
      ).toBe(true);
    // Nested as its record by id is, WeMi categories included.
    expect(byWemi.body.contents[0]).toEqual((await get(`/services/${byWemi.body.contents[0].id}`)).body);
    // The areas classify the shared services alone.
    const byArea = await get(`/services?per_page=100&taxonomy_id=${areas}`);
    const { sharedServices } = await graph('{ sharedServices { id } }');
    expect(byArea.body.total_items).toBe(sharedServices.length);
    expect(byArea.body.total_items).toBeGreaterThan(0);
    // An id of no taxonomy keeps nothing; services at locations are filtered the same way.
    expect((await get('/services?taxonomy_id=00000000-0000-5000-8000-000000000000')).body.total_items).toBe(0);
    expect((await get(`/service_at_locations?per_page=1&taxonomy_id=${wemi}`)).body.total_items).toBe(points.totalCount);
  });
});

describe('full, minimal and full_service', () => {
  it('full=true nests each service as /services/{id} does; minimal=true gives its id and modified_date alone', async () => {
    const listed = await get('/services?per_page=5');
    const full = await get('/services?per_page=5&full=true');
    expect(full.body.contents.map((s: any) => s.id)).toEqual(listed.body.contents.map((s: any) => s.id));
    for (const service of full.body.contents) {
      expect(service).toEqual((await get(`/services/${service.id}`)).body);
      expect(validate('compiled-service_with_definitions.json', service)).toEqual([]);
    }
    expect(listed.body.contents[0].service_at_locations).toBeUndefined();
    const minimal = await get('/services?per_page=5&minimal=true');
    expect(minimal.body.contents).toEqual(listed.body.contents.map((s: any) => ({ id: s.id, modified_date: s.last_modified ?? null })));
    expect(minimal.body.total_items).toBe(listed.body.total_items);
    await expectRefused('/services?full=true&minimal=true', 'full and minimal');
    // false is the default, said aloud.
    expect((await get('/services?per_page=5&full=false')).body).toEqual(listed.body);
  });

  it('full=true gives each service at a location its schedules, as its record by id', async () => {
    const listed = await get('/service_at_locations?per_page=3');
    expect(listed.body.contents[0].schedules).toBeUndefined();
    const full = await get('/service_at_locations?per_page=3&full=true');
    for (const sal of full.body.contents) expect(sal).toEqual((await get(`/service_at_locations/${sal.id}`)).body);
    expect(validate({ page: 'compiled-service_at_location_list.json' }, full.body)).toEqual([]);
  });

  it('full_service=true nests an organization’s services; a list of organizations is refused nesting, with why', async () => {
    const services = (await get('/services?per_page=1')).body.contents;
    const id = services[0].organization_id;
    const plain = await get(`/organizations/${id}`);
    const nested = await get(`/organizations/${id}?full_service=true`);
    expect(nested.body.services.map((s: any) => s.id)).toEqual(plain.body.services.map((s: any) => s.id));
    for (const service of nested.body.services.slice(0, 3)) expect(service).toEqual((await get(`/services/${service.id}`)).body);
    expect(plain.body.services[0].service_at_locations).toBeUndefined();
    await expectRefused('/organizations?full=true', '/organizations/{id}?full_service=true');
    await expectRefused('/organizations?full_service=true', 'full_service');
    expect((await get('/organizations?full=false')).status).toBe(200);
  });
});

describe('postcode, top_only and parent_id', () => {
  it('refuses postcode, saying why', async () => {
    await expectRefused('/service_at_locations?postcode=20121', 'service areas');
  });

  it('top_only keeps every term (none has a parent) and parent_id none', async () => {
    const all = (await get('/taxonomy_terms?per_page=100')).body;
    expect((await get('/taxonomy_terms?per_page=100&top_only=true')).body.contents).toEqual(all.contents);
    expect((await get(`/taxonomy_terms?parent_id=${all.contents[0].id}`)).body.total_items).toBe(0);
  });
});

describe('format=ndjson', () => {
  it('streams every record of the list, one a line, without pages', async () => {
    for (const path of ['/services', '/service_at_locations', '/organizations', '/taxonomies', '/taxonomy_terms']) {
      const answer = await get(`${path}?format=ndjson`);
      expect(answer.status, path).toBe(200);
      expect(answer.type).toMatch(/^application\/x-ndjson/);
      const lines = answer.text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      const paged = (await get(`${path}?per_page=100`)).body;
      expect(lines.length, path).toBe(paged.total_items);
      if (paged.total_pages === 1) expect(lines).toEqual(paged.contents);
      expect(new Set(lines.map((r: any) => r.id)).size, path).toBe(lines.length);
    }
  });

  it('takes the filters, and refuses page and per_page with it', async () => {
    const { wemi } = await taxonomies();
    const answer = await get(`/services?format=ndjson&minimal=true&taxonomy_id=${wemi}`);
    const lines = answer.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual((await get(`/services?per_page=100&minimal=true&taxonomy_id=${wemi}`)).body.contents);
    await expectRefused('/services?format=ndjson&per_page=10', 'per_page: format=ndjson');
    await expectRefused('/taxonomies?format=csv', 'format must be json or ndjson');
  });
});
