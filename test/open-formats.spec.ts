import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHARED_SERVICE_AREAS } from '../gateway/hsds/directory.js';
import { hsdsValidator } from './support/hsds-schemas.js';
import { type Hub, operation, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// The open formats through the real gateway: the HSDS 3.0 directory API, whose every kind of answer
// validates against the specification's JSON Schemas, and the schema.org JSON-LD of the points;
// their figures are the graph's own answers.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let base: string;
let origin: string;
const validate = hsdsValidator();

beforeAll(async () => {
  // A database of its own: one test changes a point, as the back office does.
  database = await scratchDatabase(inject('databaseUrl'), 'open_formats');
  hub = await startHub(database.url);
  origin = new URL(hub.gateway.url).origin;
  base = `${origin}/hsds`;
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`);
  // Answers in JSON, errors as RFC 9457 problems.
  expect(response.headers.get('content-type')).toMatch(/^application\/(problem\+)?json/);
  return { status: response.status, body: await response.json() };
}

async function graph(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await hub.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('HSDS 3.0 directory API', () => {
  it('lists every service of the graph, in valid pages', async () => {
    const counts = await graph(
      '{ points(first: 1) { totalCount } sharedServices { id } servizioCivileCalls { projects { id } } levaCivicaProjects { id } }',
    );
    const expected =
      counts.points.totalCount +
      counts.sharedServices.length +
      counts.servizioCivileCalls.flatMap((c: any) => c.projects).length +
      counts.levaCivicaProjects.length;
    const first = await get('/services?per_page=20');
    expect(first.status).toBe(200);
    expect(validate({ page: 'compiled-service_list.json' }, first.body)).toEqual([]);
    expect(first.body).toMatchObject({
      total_items: expected,
      total_pages: Math.ceil(expected / 20),
      page_number: 1,
      size: 20,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const last = await get(`/services?per_page=20&page=${Math.ceil(expected / 20)}`);
    expect(last.body).toMatchObject({ size: expected - 20 * (Math.ceil(expected / 20) - 1), first_page: false, last_page: true });
    const beyond = await get(`/services?per_page=20&page=${Math.ceil(expected / 20) + 1}`);
    expect(beyond.body).toMatchObject({ size: 0, empty: true, contents: [] });

    // In full: the first and the last service of each programme (points, shared services, calls, projects).
    const all = await get('/services?per_page=100');
    expect(all.body.contents).toHaveLength(expected);
    const programmes = [...new Set(all.body.contents.map((s: any) => s.program_id))];
    expect(programmes).toHaveLength(3);
    for (const programme of programmes) {
      const ofProgramme = all.body.contents.filter((s: any) => s.program_id === programme);
      for (const service of [ofProgramme[0], ofProgramme.at(-1)]) {
        const full = await get(`/services/${service.id}`);
        expect(full.status).toBe(200);
        expect(validate('compiled-service_with_definitions.json', full.body), service.name).toEqual([]);
      }
    }
    const sals = await get('/service_at_locations?per_page=100');
    expect(validate({ page: 'compiled-service_at_location_list.json' }, sals.body)).toEqual([]);
    const one = await get(`/service_at_locations/${sals.body.contents[0].id}`);
    expect(validate('service_at_location.json', one.body)).toEqual([]);
  });

  // demo-csrc-1-1 has a closure, demo-wemi-1-1 a day open at other hours.
  it.each(['demo-csrc-1-1', 'demo-wemi-1-1'])(
    'gives %s its weekly hours as recurrence rows and its special schedules with their dates',
    async (id) => {
      const { point } = await graph(
        'query ($id: ID!) { point(id: $id) { name openingHours { day opens closes activity } specialSchedules { validFrom validTo closed opens closes } } }',
        { id },
      );
      const found = await get(`/services?search=${encodeURIComponent(point.name)}`);
      const service = (await get(`/services/${found.body.contents[0].id}`)).body;
      expect(service.name).toBe(point.name);
      expect(validate('compiled-service_with_definitions.json', service)).toEqual([]);
      const schedules = service.service_at_locations[0].schedules;
      const weekly = schedules.filter((s: any) => !s.valid_from);
      // Each weekly interval of the graph is in exactly one row, with its day in byday.
      const days = { MONDAY: 'MO', TUESDAY: 'TU', WEDNESDAY: 'WE', THURSDAY: 'TH', FRIDAY: 'FR', SATURDAY: 'SA', SUNDAY: 'SU' } as const;
      const rows = weekly.flatMap((s: any) => s.byday.split(',').map((d: string) => `${d} ${s.opens_at}-${s.closes_at}`));
      expect(rows.sort()).toEqual(point.openingHours.map((h: any) => `${days[h.day as keyof typeof days]} ${h.opens}-${h.closes}`).sort());
      expect(weekly.every((s: any) => s.freq === 'WEEKLY' && s.notes.includes('Europe/Rome'))).toBe(true);
      const special = schedules.filter((s: any) => s.valid_from);
      expect(special.length).toBeGreaterThan(0);
      expect(special.map((s: any) => [s.valid_from, s.valid_to, s.opens_at ?? null, s.closes_at ?? null])).toEqual(
        point.specialSchedules.map((s: any) => [s.validFrom, s.validTo, s.closed ? null : s.opens, s.closed ? null : s.closes]),
      );
    },
  );

  it('answers organizations and taxonomies, with the thirteen WeMi categories as terms', async () => {
    const organizations = await get('/organizations');
    expect(validate({ page: 'compiled-organization_list.json' }, organizations.body)).toEqual([]);
    const comune = organizations.body.contents.find((o: any) => o.name === 'Comune di Milano');
    const detail = await get(`/organizations/${comune.id}`);
    expect(validate('organization.json', detail.body)).toEqual([]);
    const taxonomies = await get('/taxonomies');
    expect(validate({ page: 'taxonomy.json' }, taxonomies.body)).toEqual([]);
    expect(taxonomies.body.contents.map((t: any) => t.name)).toEqual(['Programmi', 'Categorie WeMi', 'Aree dei servizi condivisi']);
    const wemi = taxonomies.body.contents[1];
    expect(validate('taxonomy.json', (await get(`/taxonomies/${wemi.id}`)).body)).toEqual([]);
    const terms = await get(`/taxonomy_terms?taxonomy_id=${wemi.id}`);
    expect(validate({ page: 'taxonomy_term.json' }, terms.body)).toEqual([]);
    const { wemiCategories } = await graph('{ wemiCategories { name } }');
    expect(terms.body.contents.map((t: any) => t.name)).toEqual(wemiCategories.map((c: any) => c.name));
    expect(validate('taxonomy_term.json', (await get(`/taxonomy_terms/${terms.body.contents[0].id}`)).body)).toEqual([]);

    // A WeMi category classifies the Spazi WeMi; the Comune's services are the Comune's.
    const byCategory = await get(`/services?per_page=100&taxonomy_term_id=${terms.body.contents[0].id}`);
    const wemiPoints = await graph('{ points(first: 100, filter: { kind: WEMI }) { totalCount } }');
    expect(byCategory.body.total_items).toBe(wemiPoints.points.totalCount);
    // The areas of the shared services, named as the schema describes them.
    const areas = taxonomies.body.contents[2];
    const { __type: areaType } = await graph('{ __type(name: "SharedServiceArea") { enumValues { name description } } }');
    expect(SHARED_SERVICE_AREAS).toEqual(Object.fromEntries(areaType.enumValues.map((v: any) => [v.name, v.description])));
    expect((await get(`/taxonomy_terms?taxonomy_id=${areas.id}`)).body.contents.map((t: any) => t.name)).toEqual(
      Object.values(SHARED_SERVICE_AREAS),
    );
    // Search folds case and accents.
    expect((await get('/taxonomy_terms?search=SANITARIA')).body.contents.map((t: any) => t.name)).toEqual([
      'servizi di assistenza sanitaria',
    ]);
    const project = await get('/services?search=citta%20metropolitana');
    expect(project.body.contents.map((s: any) => s.name)).toContain(
      'Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano',
    );
    const ofComune = await get(`/services?per_page=100&organization_id=${comune.id}`);
    expect(ofComune.body.total_items).toBeGreaterThan(0);
    expect(ofComune.body.contents.every((s: any) => s.organization_id === comune.id)).toBe(true);
  });

  it('gives the same list page by page as whole, across the points and the programmes, filtered or not', async () => {
    const terms = (await get('/taxonomy_terms?per_page=100')).body.contents;
    const wemiTerm = terms.find((t: any) => t.taxonomy === 'Categorie WeMi').id;
    const programme = terms.find((t: any) => t.name === 'SPAZIO COMUNE').id;
    for (const path of ['services', 'service_at_locations']) {
      for (const filter of [
        '',
        'search=milano',
        `taxonomy_term_id=${wemiTerm}`,
        `taxonomy_term_id=${programme}`,
        'proximity=45.4642,9.19,3000',
      ]) {
        const whole = (await get(`/${path}?per_page=100&${filter}`)).body;
        expect(whole.total_pages, 'the seed lists at most 100').toBeLessThanOrEqual(1);
        const paged = [];
        for (let page = 1; page <= whole.total_pages * 15; page++) {
          const { body } = await get(`/${path}?per_page=7&page=${page}&${filter}`);
          expect(body.total_items, `${path}?${filter}`).toBe(whole.total_items);
          if (body.empty) break;
          paged.push(...body.contents);
        }
        expect(paged, `${path}?${filter}`).toEqual(whole.contents);
      }
    }
  });

  it('filters by modification date and by proximity as the graph answers them', async () => {
    const { points } = await graph('{ points(first: 1) { totalCount } }');
    expect((await get('/services?modified_after=2000-01-01T00:00:00Z')).body.total_items).toBe(points.totalCount);
    expect((await get('/services?modified_after=2999-01-01T00:00:00Z')).body.total_items).toBe(0);
    const { pointsNearby } = await graph('{ pointsNearby(latitude: 45.4642, longitude: 9.19, radiusKm: 2) { point { name } } }');
    expect(pointsNearby.length).toBeGreaterThan(0);
    const near = await get('/services?per_page=100&proximity=45.4642,9.19,2000');
    expect(near.body.contents.map((s: any) => s.name).sort()).toEqual(pointsNearby.map((n: any) => n.point.name).sort());
    // With organization_id too (the one filter read over the whole directory): the same points, of that organization.
    const comune = (await get('/organizations')).body.contents.find((o: any) => o.name === 'Comune di Milano');
    const ofComune = await get(`/services?per_page=100&proximity=45.4642,9.19,2000&organization_id=${comune.id}`);
    const nearIds = new Set(near.body.contents.filter((s: any) => s.organization_id === comune.id).map((s: any) => s.id));
    expect(nearIds.size).toBeGreaterThan(0);
    expect(ofComune.body.contents.map((s: any) => s.id).sort()).toEqual([...nearIds].sort());
  });

  it('answers a change made through the graph at once, and finds it by modified_after', async () => {
    const before = (await graph('{ point(id: "demo-wemi-2-1") { version } }')).point;
    // "On or after": ask from the millisecond after the newest change before this one.
    const { points } = await graph('{ points(first: 100) { edges { node { updatedAt } } } }');
    const after = new Date(Math.max(...points.edges.map((e: any) => Date.parse(e.node.updatedAt))) + 1).toISOString();
    const changed = await hub.query(
      await operation('SetPointHours'),
      {
        input: {
          pointId: 'demo-wemi-2-1',
          expectedVersion: before.version,
          hours: [{ day: 'SUNDAY', opens: '10:00', closes: '12:00', activity: 'FRONT_OFFICE' }],
        },
      },
      bearer(await hub.tokens.admin()),
    );
    expect(changed.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    const modified = await get(`/services?modified_after=${encodeURIComponent(after)}`);
    expect(modified.body.contents.map((s: any) => s.name)).toEqual(['Spazio WeMi dimostrativo 2.1']);
    const service = (await get(`/services/${modified.body.contents[0].id}`)).body;
    expect(service.last_modified).toBe(changed.body.data?.setPointOpeningHours.point.updatedAt);
    expect(service.service_at_locations[0].schedules.filter((s: any) => !s.valid_from)).toMatchObject([
      { freq: 'WEEKLY', byday: 'SU', opens_at: '10:00', closes_at: '12:00' },
    ]);
  });

  it('answers 404 for unknown ids and 400 for bad parameters, as problems (RFC 9457)', async () => {
    const unknown = '00000000-0000-5000-8000-000000000000';
    for (const path of ['services', 'service_at_locations', 'organizations', 'taxonomies', 'taxonomy_terms']) {
      const answer = await get(`/${path}/${unknown}`);
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    }
    expect((await get('/nothing-here')).status).toBe(404);
    for (const query of [
      'page=0',
      'per_page=500',
      'page=two',
      'modified_after=yesterday',
      'proximity=abc',
      'proximity=45.46,9.19,60000',
      'format=xml',
      'format=ndjson&page=2',
      'search=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k',
    ]) {
      const answer = await get(`/services?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body).toMatchObject({ title: 'Bad Request', status: 400, detail: expect.any(String) });
    }
    // A position the graph refuses (latitude beyond 90) is a bad parameter too.
    expect((await get('/services?proximity=95,9.19,1000')).status).toBe(400);
  });

  it('describes itself and keeps its ids stable', async () => {
    const info = await get('/');
    expect(info.body).toMatchObject({ version: '3.0' });
    const a = (await get('/services?per_page=100')).body.contents.map((s: any) => s.id);
    const b = (await get('/services?per_page=100')).body.contents.map((s: any) => s.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    expect(a.every((id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });
});

describe('schema.org JSON-LD of a point', () => {
  it.each(['demo-csrc-1-1', 'demo-wemi-1-1'])(
    '%s is a CivicStructure with address, position and opening hours, special schedules included',
    async (id) => {
      const { point } = await graph(
        'query ($id: ID!) { point(id: $id) { name address { street latitude longitude } openingHours { day opens closes } specialSchedules { validFrom validTo closed opens closes } } }',
        { id },
      );
      expect(point.specialSchedules.length).toBeGreaterThan(0);
      const response = await fetch(`${origin}/points/${id}.jsonld`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      const place = await response.json();
      expect(place).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'CivicStructure',
        '@id': `${origin}/points/${id}.jsonld`,
        name: point.name,
        address: { '@type': 'PostalAddress', addressLocality: 'Milano', addressCountry: 'IT' },
        geo: { '@type': 'GeoCoordinates', latitude: point.address.latitude, longitude: point.address.longitude },
      });
      expect(place.description).toContain('demo');
      const specs = place.openingHoursSpecification as any[];
      const weekly = specs.filter((s) => s.dayOfWeek).flatMap((s) => s.dayOfWeek.map((d: string) => `${d} ${s.opens}-${s.closes}`));
      const day = (d: string) => `https://schema.org/${d[0]}${d.slice(1).toLowerCase()}`;
      expect(weekly.sort()).toEqual([...new Set(point.openingHours.map((h: any) => `${day(h.day)} ${h.opens}-${h.closes}`))].sort());
      expect(specs.filter((s) => s.validFrom).map((s) => [s.validFrom, s.validThrough, s.opens, s.closes])).toEqual(
        point.specialSchedules.map((s: any) => [s.validFrom, s.validTo, s.closed ? '00:00' : s.opens, s.closed ? '00:00' : s.closes]),
      );
    },
  );

  it('leaves out what no source gives, and answers 404 with JSON for an unknown point', async () => {
    const real = await (await fetch(`${origin}/points/csrc-sammartini.jsonld`)).json();
    expect(real).toMatchObject({ '@type': 'CivicStructure', name: 'Sammartini', containedInPlace: { name: 'Municipio 2' } });
    expect(real.geo).toBeUndefined();
    expect(real.address.streetAddress).toBeUndefined();
    expect(real.description).not.toContain('demo');
    const withStreet = await (await fetch(`${origin}/points/csrc-ercole-ratti.jsonld`)).json();
    expect(withStreet.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'via Cenisio 4',
      addressLocality: 'Milano',
      addressCountry: 'IT',
    });
    const unknown = await fetch(`${origin}/points/no-such-point.jsonld`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await unknown.json()).toMatchObject({ status: 404, detail: 'No point with id "no-such-point".' });
  });
});

// Last in this file: it stops a subgraph of the hub.
describe('when a part of the graph is down', () => {
  it('answers 503 as a problem (RFC 9457), and what does not need that part still answers', async () => {
    const index = hub.subgraphs.findIndex((s) => s.name === 'leva-civica');
    const [levaCivica] = hub.subgraphs.splice(index, 1);
    await levaCivica?.stop();
    const directory = await get('/services');
    expect(directory.status).toBe(503);
    expect(directory.body).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The graph cannot answer right now.',
    });
    expect((await fetch(`${origin}/points/demo-csrc-1-1.jsonld`)).status).toBe(200);
  });
});
