import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { httpOptionsFromEnv } from '../server/http-options.js';
import demo from '../subgraphs/spazio-comune/seed/demo.json' with { type: 'json' };
import { type Hub, startHub } from './support/hub.js';

// The DCAT-AP_IT catalogue at /catalog through the real gateway: every dataset with every mandatory
// field of the profile, and each CSV distribution read back (csv-parse) equal to the graph's own
// answer for the same records, asked here with other queries than the route's; with the demo data set
// on (its records marked) and off (none of them).

let hub: Hub | undefined;
afterAll(() => hub?.stop());

async function start(demoData: boolean, http?: ReturnType<typeof httpOptionsFromEnv>): Promise<string> {
  await hub?.stop();
  hub = await startHub(inject('databaseUrl'), { demoData, http });
  return `${new URL(hub.gateway.url).origin}/catalog`;
}

async function graph(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  if (!hub) throw new Error('no hub started');
  const { body } = await hub.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Every page of a dataset's CSV, following Link rel="next": the header of each page and the records. */
async function download(url: string): Promise<{ header: string[]; records: Record<string, string>[] }> {
  let next: string | null = url;
  let header: string[] = [];
  const records: Record<string, string>[] = [];
  while (next) {
    const response: Response = await fetch(next);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(text, { bom: false });
    header = rows[0] ?? [];
    for (const row of rows.slice(1)) records.push(Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
    expect(Number(response.headers.get('x-total-count'))).toBeGreaterThanOrEqual(records.length);
    next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
  }
  return { header, records };
}

/** A graph value as its CSV cell: absent is empty. */
const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const address = (a: any) => ({
  street: cell(a?.street),
  postal_code: cell(a?.postalCode),
  city: cell(a?.city),
  latitude: cell(a?.latitude),
  longitude: cell(a?.longitude),
});
/** Orders records by one column, by code unit (not by locale: ids and codes). */
const byKey = (key: string) => (a: Record<string, string>, b: Record<string, string>) => {
  const [x, y] = [a[key] ?? '', b[key] ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

const ADDRESS = 'address { street postalCode city latitude longitude }';

/** Each dataset's records as the graph answers them, through public queries of its own. */
async function pointRecords(): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  let after: string | null = null;
  do {
    const { points } = await graph(
      `query ($after: String) { points(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes {
          id kind name shortName manager ${ADDRESS} municipio { number } openingHours { day opens closes activity }
          hoursAsWritten updatedAt source { demo } } } }`,
      { after },
    );
    for (const p of points.nodes) {
      rows.push({
        id: p.id,
        kind: p.kind,
        name: cell(p.name),
        short_name: cell(p.shortName),
        manager: cell(p.manager),
        ...address(p.address),
        municipio: cell(p.municipio?.number),
        opening_hours: p.openingHours.map((h: any) => `${h.day} ${h.opens.slice(0, 5)}-${h.closes.slice(0, 5)} ${h.activity}`).join('; '),
        hours_as_written: cell(p.hoursAsWritten),
        updated_at: p.updatedAt,
        demo: String(p.source.demo),
      });
    }
    after = points.pageInfo.hasNextPage ? points.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

const expected: Record<string, () => Promise<Record<string, string>[]>> = {
  'spazio-comune-punti': pointRecords,
  'servizio-civile-sedi-e-posti': async () => {
    const rows: Record<string, string>[] = [];
    let after: string | null = null;
    do {
      const { servizioCivilePlacements: page } = await graph(
        `query ($after: String) { servizioCivilePlacements(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes {
          key callYear volunteers project { key title } site { code name municipio { number } } ${ADDRESS} source { demo } } } }`,
        { after },
      );
      for (const p of page.nodes) {
        rows.push({
          call_year: String(p.callYear),
          placement_id: p.key,
          project_id: p.project.key,
          project_title: p.project.title,
          site_code: p.site.code,
          site_name: p.site.name,
          ...address(p.address),
          municipio: cell(p.site.municipio?.number),
          volunteers: String(p.volunteers),
          demo: String(p.source.demo),
        });
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return rows;
  },
  'leva-civica-progetti': async () => {
    const { levaCivicaProjects } = await graph(
      `{ levaCivicaProjects { key title places hours { months monthlyAverage }
         site { key name organisation ${ADDRESS} municipio { number } } source { demo } } }`,
    );
    return levaCivicaProjects.map((p: any) => ({
      id: p.key,
      title: p.title,
      places: String(p.places),
      months: String(p.hours.months),
      monthly_average_hours: String(p.hours.monthlyAverage),
      site_id: p.site.key,
      site_name: p.site.name,
      organisation: p.site.organisation,
      ...address(p.site.address),
      municipio: cell(p.site.municipio?.number),
      demo: String(p.source.demo),
    }));
  },
  'spazio-comune-indicatori': async () => {
    const { indicators } = await graph(
      '{ indicators { code kind description unit target2024 target2027 actual actualBasis { real includesDemo } note source { demo } } }',
    );
    return indicators.map((i: any) => ({
      code: i.code,
      kind: i.kind,
      description: i.description,
      unit: i.unit,
      target_2024: cell(i.target2024),
      target_2027: cell(i.target2027),
      actual: String(i.actual),
      actual_real: String(i.actualBasis.real),
      actual_includes_demo: String(i.actualBasis.includesDemo),
      note: cell(i.note),
      demo: String(i.source.demo),
    }));
  },
};

/** The key that orders each dataset's records for the comparison. */
const KEYS: Record<string, string> = {
  'spazio-comune-punti': 'id',
  'servizio-civile-sedi-e-posti': 'placement_id',
  'leva-civica-progetti': 'id',
  'spazio-comune-indicatori': 'code',
};

const EU = 'http://publications.europa.eu/resource/authority';
const DATA_THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'];
const FREQUENCIES = ['ANNUAL', 'MONTHLY', 'WEEKLY', 'DAILY', 'CONT', 'IRREG', 'QUARTERLY', 'BIENNIAL', 'UPDATE_CONT'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Text in both languages, as DCAT-AP_IT language-tagged literals. */
function expectBilingual(texts: any) {
  expect(texts.map((t: any) => t['@language']).sort()).toEqual(['en', 'it']);
  for (const t of texts) expect(t['@value'].length).toBeGreaterThan(5);
}

/** A DCAT-AP_IT agent: its name and its IPA code. */
function expectComune(agent: any) {
  expect(agent['@type']).toContain('dcatapit:Agent');
  expect(agent['dct:identifier']).toBe('c_f205');
  expectBilingual(agent['foaf:name']);
}

describe('the catalogue with the demo data set on', () => {
  let base: string;

  it('lists every published table with every mandatory field of DCAT-AP_IT', async () => {
    base = await start(true);
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const catalog = await response.json();
    expect(catalog['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dcatapit: 'http://dati.gov.it/onto/dcatapit#',
      dct: 'http://purl.org/dc/terms/',
    });
    expect(catalog['@type']).toEqual(expect.arrayContaining(['dcatapit:Catalog', 'dcat:Catalog']));
    expectBilingual(catalog['dct:title']);
    expectBilingual(catalog['dct:description']);
    expectComune(catalog['dct:publisher']);
    expect(catalog['dct:modified']['@value']).toMatch(DAY);
    const datasets: any[] = catalog['dcat:dataset'];
    expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual(
      Object.keys(expected)
        .map((id) => `c_f205:${id}`)
        .sort(),
    );
    for (const d of datasets) {
      expect(d['@type']).toContain('dcatapit:Dataset');
      expectBilingual(d['dct:title']);
      expectBilingual(d['dct:description']);
      expect(d['dct:modified']).toMatchObject({ '@type': 'xsd:date', '@value': expect.stringMatching(DAY) });
      expect(d['dct:modified']['@value'] <= catalog['dct:modified']['@value']).toBe(true);
      expect(d['dcat:theme'].length).toBeGreaterThan(0);
      for (const theme of d['dcat:theme']) expect(DATA_THEMES.map((c) => `${EU}/data-theme/${c}`)).toContain(theme['@id']);
      expect(FREQUENCIES.map((c) => `${EU}/frequency/${c}`)).toContain(d['dct:accrualPeriodicity']['@id']);
      expectComune(d['dct:rightsHolder']);
      expectComune(d['dct:publisher']);
      expect(d['dcat:contactPoint']['vcard:fn']).toBeTruthy();
      expect(d['dcat:contactPoint']['vcard:hasEmail']['@id']).toMatch(/^mailto:.+@.+/);
      expect(d['dcat:distribution']).toHaveLength(1);
      for (const distribution of d['dcat:distribution']) {
        expect(distribution['@type']).toContain('dcatapit:Distribution');
        expect(distribution['dct:format']['@id']).toBe(`${EU}/file-type/CSV`);
        expect(distribution['dcat:accessURL']['@id']).toBe(`${base}/${d['dct:identifier'].slice('c_f205:'.length)}.csv`);
        expect(distribution['dcat:downloadURL']['@id']).toBe(distribution['dcat:accessURL']['@id']);
        expect(distribution['dct:license']['@type']).toContain('dcatapit:LicenseDocument');
        expect(distribution['dct:license']['@id']).toMatch(/^https:\/\/w3id\.org\/italia\/controlled-vocabulary\/licences\//);
      }
      // Each dataset answers at its own @id too.
      const alone = await (await fetch(d['@id'])).json();
      expect(alone['dct:identifier']).toBe(d['dct:identifier']);
    }
    // The points' dct:modified is the day of their newest updatedAt, in Milan.
    const points = (await pointRecords()).map((p) => p.updated_at ?? '').sort();
    const newest = DateTime.fromISO(points.at(-1) ?? '', { zone: 'Europe/Rome' }).toISODate();
    expect(datasets.find((d) => d['dct:identifier'] === 'c_f205:spazio-comune-punti')['dct:modified']['@value']).toBe(newest);
  });

  it('downloads each dataset as CSV that parses back to the graph’s answer, demo records marked', async () => {
    for (const [id, graphRows] of Object.entries(expected)) {
      // Small pages for the points: the Link header leads through all of them.
      const { header, records } = await download(`${base}/${id}.csv${id === 'spazio-comune-punti' ? '?per_page=7' : ''}`);
      const wanted = await graphRows();
      expect(header, id).toEqual(Object.keys(wanted[0] ?? {}));
      expect(records.length, id).toBeGreaterThan(0);
      expect([...records].sort(byKey(KEYS[id] ?? '')), id).toEqual([...wanted].sort(byKey(KEYS[id] ?? '')));
    }
    // The records' ids are their keys, as before ids became global: a published CSV's ids do not change.
    const leva = (await download(`${base}/leva-civica-progetti.csv`)).records;
    expect(leva.map((r) => [r.id, r.site_id])).toEqual([['lc-la-coesione-sociale', 'lc-coesione-sociale']]);
    const placements = (await download(`${base}/servizio-civile-sedi-e-posti.csv`)).records;
    expect(placements.find((r) => r.site_code === '202928')).toMatchObject({
      placement_id: '2022-202928',
      project_id: 'scu-2022-avanti-un-altro',
    });
    const { records } = await download(`${base}/spazio-comune-punti.csv`);
    const demoIds = new Set(demo.points.map((p) => p.id));
    expect(
      records
        .filter((r) => r.demo === 'true')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...demoIds].sort());
  });

  it('answers 4xx JSON for an unknown dataset or bad parameters', async () => {
    for (const [path, status] of [
      ['/nope', 404],
      ['/nope.csv', 404],
      ['/spazio-comune-punti.csv?per_page=0', 400],
      ['/spazio-comune-punti.csv?per_page=1001', 400],
      ['/spazio-comune-punti.csv?page=abc', 400],
      ['/spazio-comune-punti.csv?page=0', 400],
      // Deeper than the graph's skip allows (10 000 points).
      ['/spazio-comune-punti.csv?page=20&per_page=1000', 400],
    ] as const) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/problem\+json/);
      expect(await response.json(), path).toMatchObject({ type: 'about:blank', status, detail: expect.any(String) });
    }
    // Past the end of a list: the header alone.
    const past = await fetch(`${base}/leva-civica-progetti.csv?page=9`);
    expect(past.status).toBe(200);
    expect((await past.text()).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('the catalogue with the demo data set off', () => {
  it('puts no demo record in any distribution', async () => {
    const base = await start(false);
    const demoIds = new Set(demo.points.map((p) => p.id));
    for (const [id, graphRows] of Object.entries(expected)) {
      const { records } = await download(`${base}/${id}.csv`);
      expect(
        records.filter((r) => r.demo !== 'false'),
        id,
      ).toEqual([]);
      expect(
        records.filter((r) => demoIds.has(r.id ?? '')),
        id,
      ).toEqual([]);
      expect([...records].sort(byKey(KEYS[id] ?? '')), id).toEqual([...(await graphRows())].sort(byKey(KEYS[id] ?? '')));
    }
    const indicators = await download(`${base}/spazio-comune-indicatori.csv`);
    expect(indicators.records.every((r) => r.actual_includes_demo === 'false' && r.actual === r.actual_real)).toBe(true);
  });
});

describe('the catalogue and its rate limit', () => {
  it('charges each request to its client and refuses it past the budget, as /hsds', async () => {
    const defaults = httpOptionsFromEnv({});
    // A small bucket that refills at a point in 1000 s: nothing refills during the test.
    const bucket = 30_000;
    const base = await start(false, {
      ...defaults,
      heavyWork: { ...defaults.heavyWork, enabled: false },
      rateLimits: { ...defaults.rateLimits, points: bucket, restorePerSecond: 0.001 },
    });
    const first = await fetch(`${base}/spazio-comune-punti.csv`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe(String(bucket));
    const left = Number(first.headers.get('x-ratelimit-remaining'));
    expect(left).toBeLessThan(bucket);
    const catalog = await fetch(base);
    expect(catalog.status).toBe(200);
    expect(Number(catalog.headers.get('x-ratelimit-remaining'))).toBeLessThan(left);
    // Spent by heavy queries (nine boundaries, about 9,000 points each) of the same client: the CSV waits.
    for (let i = 0; i < 10; i++) {
      const spent = await hub?.query('{ municipi { number boundary } }');
      if (spent?.status === 429) break;
    }
    const refused = await fetch(`${base}/spazio-comune-punti.csv`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
  });
});
