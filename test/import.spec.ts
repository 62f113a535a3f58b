import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, operation, startHub } from './support/hub.js';
import { nationalCallText } from './support/national-call.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// The importers through the gateway, as admins use them (npm run import sends the same mutations).

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'import');
  hub = await startHub(database.url);
  admin = bearer(await hub.tokens.admin());
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

/** Reads or writes the test database directly, as an operator in psql would. */
async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

const seeds = new URL('./fixtures/seeds/', import.meta.url);

const LEVA = `mutation ($input: ImportLevaCivicaProjectInput!) { importLevaCivicaProject(input: $input) {
  report { title dryRun places created updated unchanged warnings } project { title places site { name address { street city } } }
  userErrors { field message code } } }`;
const PROJECTS = '{ levaCivicaProjects { title places description hours { total service } site { name address { street city } } } }';

const POINTS = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) {
  report { dryRun points created updated unchanged } userErrors { field message code line } } }`;
const POINT =
  'query ($id: ID!) { point(id: $id) { id name kind version municipio { number } municipioBasis frontOfficeHoursPerWeek openingHours { day opens closes activity } source { document section } } }';

describe('importServizioCivileCall', () => {
  it('reads the 2022 call exactly as the seed holds it: 7 placements, nothing created, nothing updated', async () => {
    const document = await readFile(new URL('servizio-civile-bando-2022.md', seeds), 'utf8');
    const call = await operation('ServizioCivileCall');
    const before = await hub.query(call, { year: 2022 });
    const response = await hub.query(await operation('ImportServizioCivileCall'), { input: { document } }, admin);
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data?.importServizioCivileCall;
    expect(payload.userErrors).toEqual([]);
    expect(payload.report).toMatchObject({ year: 2022, dryRun: false, placements: 7, created: 0, updated: 0 });
    expect(payload.call).toMatchObject({ year: 2022, totalVolunteers: 10 });
    // The data: the rate limits' status in extensions moves with every request.
    expect((await hub.query(call, { year: 2022 })).body.data).toEqual(before.body.data);
  });

  const SITE = '{ servizioCivileSite(code: "202928") { name address { street } placements { callYear volunteers } } }';
  const CALLS = '{ servizioCivileCalls { year totalVolunteers } }';

  /** The 2022 document as another year's call would publish it: another title year, the site renamed and moved. */
  async function callOf(year: number, siteName = 'Municipio 2 Sportello'): Promise<string> {
    const text = await readFile(new URL('servizio-civile-bando-2022.md', seeds), 'utf8');
    return text
      .replace('Bando 2022', `Bando ${year}`)
      .replace('202928 – Municipio 2\tVia G. B. Sammartini, 120\t2', `202928 – ${siteName}\tVia Giovanni Battista Sammartini, 118\t3`)
      .replace('## Municipio 2 – Municipio 9', `## ${siteName} – Municipio 9`);
  }

  it('a dry run reports and writes nothing; a newer call renames and moves a site, an older one does not', async () => {
    const calls = await hub.query(CALLS);
    const dry = await hub.query(
      await operation('ImportServizioCivileCall'),
      { input: { document: await callOf(2024), dryRun: true } },
      admin,
    );
    expect(dry.body.data?.importServizioCivileCall).toMatchObject({
      report: { year: 2024, dryRun: true, placements: 7 },
      call: null,
      userErrors: [],
    });
    expect(dry.body.data?.importServizioCivileCall.report.created).toBeGreaterThan(7);
    expect((await hub.query(CALLS)).body.data).toEqual(calls.body.data);

    const newer = await hub.query(await operation('ImportServizioCivileCall'), { input: { document: await callOf(2024) } }, admin);
    expect(newer.body.data?.importServizioCivileCall).toMatchObject({ call: { year: 2024, totalVolunteers: 11 }, userErrors: [] });
    expect((await hub.query(SITE)).body.data?.servizioCivileSite).toEqual({
      name: 'Municipio 2 Sportello',
      address: { street: 'Via Giovanni Battista Sammartini, 118' },
      placements: [
        { callYear: 2024, volunteers: 3 },
        { callYear: 2022, volunteers: 2 },
      ],
    });

    const older = await hub.query(
      await operation('ImportServizioCivileCall'),
      { input: { document: await callOf(2020, 'Municipio Due') } },
      admin,
    );
    const report = older.body.data?.importServizioCivileCall.report;
    expect(report.warnings.some((w: string) => w.includes('202928'))).toBe(true);
    const site = (await hub.query(SITE)).body.data?.servizioCivileSite;
    expect(site).toMatchObject({ name: 'Municipio 2 Sportello', address: { street: 'Via Giovanni Battista Sammartini, 118' } });
    expect(site.placements.map((p: { callYear: number }) => p.callYear)).toEqual([2024, 2022, 2020]);

    const again = await hub.query(await operation('ImportServizioCivileCall'), { input: { document: await callOf(2024) } }, admin);
    expect(again.body.data?.importServizioCivileCall.report).toMatchObject({ created: 0, updated: 0 });
  });

  it('reads a variant with other line ends and markup as the same call', async () => {
    const text = await readFile(new URL('servizio-civile-bando-2022.md', seeds), 'utf8');
    const variant = text.replace(/^#{1,6} /gm, '#### ').replace(/\n/g, '\r\n');
    const response = await hub.query(await operation('ImportServizioCivileCall'), { input: { document: variant } }, admin);
    expect(response.body.data?.importServizioCivileCall.report).toMatchObject({ year: 2022, placements: 7, created: 0, updated: 0 });
  });

  it('reads a call converted from a PDF, with page breaks and stray control characters, as the same call', async () => {
    const text = await readFile(new URL('servizio-civile-bando-2022.md', seeds), 'utf8');
    const converted = text.replace(/\n\n/, '\n\f\n').replace('Milano', 'Milano\u0007');
    const response = await hub.query(await operation('ImportServizioCivileCall'), { input: { document: converted, dryRun: true } }, admin);
    expect(response.body.data?.importServizioCivileCall.userErrors).toEqual([]);
    expect(response.body.data?.importServizioCivileCall.report).toMatchObject({ year: 2022, placements: 7, created: 0 });
  });

  it('refuses a document that is not a call, saying what is missing, and changes nothing', async () => {
    const calls = await hub.query(CALLS);
    const leva = await readFile(new URL('leva-civica-coesione-sociale.md', seeds), 'utf8');
    for (const document of [leva, '', 'Servizio Civile Universale, senza anno né sedi.']) {
      const response = await hub.query(await operation('ImportServizioCivileCall'), { input: { document } }, admin);
      const payload = response.body.data?.importServizioCivileCall;
      expect(payload).toMatchObject({ report: null, call: null, userErrors: [{ code: 'NOT_A_CALL', field: ['document'] }] });
      expect(payload.userErrors[0].message).toMatch(/year|table/);
    }
    expect((await hub.query(CALLS)).body.data).toEqual(calls.body.data);
  });
  it('reads a call to its end before refusing it: what it lacks comes first, and a programme without sector is refused with nothing written', async () => {
    const calls = await hub.query(CALLS);
    const call = nationalCallText(2035, { projects: 10, placements: 20, sites: 20 });
    const noSector = call.replace(/\*\*Settore:\*\*[^\n]*\n/, '');
    const lacking = `${noSector}\n### **Sedi di attuazione del progetto:**\n\nUn progetto senza tabella\n`;
    const refusal = async (document: string) =>
      (await hub.query(await operation('ImportServizioCivileCall'), { input: { document } }, admin)).body.data?.importServizioCivileCall;
    expect((await refusal(lacking)).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_A_CALL', message: expect.stringContaining('no table of sites') }),
    ]);
    expect((await refusal(noSector)).userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_A_CALL', message: expect.stringContaining('has no sector (Settore)') }),
    ]);
    expect((await hub.query(CALLS)).body.data).toEqual(calls.body.data);
  });
});

describe('importLevaCivicaProject', () => {
  it('reads the published document exactly as the seed holds it: nothing created, nothing updated', async () => {
    const document = await readFile(new URL('leva-civica-coesione-sociale.md', seeds), 'utf8');
    const before = await hub.query(PROJECTS);
    const response = await hub.query(LEVA, { input: { document } }, admin);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.importLevaCivicaProject).toMatchObject({
      report: { title: 'La coesione sociale', dryRun: false, places: 1, created: 0, updated: 0, unchanged: 2, warnings: [] },
      project: { title: 'La coesione sociale', site: { address: { street: 'Largo Treves, 1', city: 'Milano' } } },
      userErrors: [],
    });
    expect((await hub.query(PROJECTS)).body.data).toEqual(before.body.data);
  });

  it('creates a new project in one transaction, and a dry run writes nothing', async () => {
    const original = await readFile(new URL('leva-civica-coesione-sociale.md', seeds), 'utf8');
    const document = original
      .replace('La coesione sociale', 'Il quartiere che accoglie')
      .replace("l'impiego di 1 giovane", "l'impiego di 2 giovani");
    const dry = await hub.query(LEVA, { input: { document, dryRun: true } }, admin);
    expect(dry.body.data?.importLevaCivicaProject.report).toMatchObject({ dryRun: true, created: 1, unchanged: 1, places: 2 });
    expect((await hub.query(PROJECTS)).body.data?.levaCivicaProjects).toHaveLength(1);
    const real = await hub.query(LEVA, { input: { document } }, admin);
    expect(real.body.data?.importLevaCivicaProject.report).toMatchObject({ dryRun: false, created: 1, updated: 0, unchanged: 1 });
    const again = await hub.query(LEVA, { input: { document } }, admin);
    expect(again.body.data?.importLevaCivicaProject.report).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const titles = (await hub.query(PROJECTS)).body.data?.levaCivicaProjects.map((p: { title: string }) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['La coesione sociale', 'Il quartiere che accoglie']));
  });

  it('refuses a document that is not a project (NOT_A_PROJECT), and an editor (FORBIDDEN)', async () => {
    const call = await readFile(new URL('servizio-civile-bando-2022.md', seeds), 'utf8');
    const refused = await hub.query(LEVA, { input: { document: call } }, admin);
    expect(refused.body.data?.importLevaCivicaProject).toMatchObject({
      report: null,
      userErrors: [{ code: 'NOT_A_PROJECT', field: ['document'] }],
    });
    expect(refused.body.data?.importLevaCivicaProject.userErrors[0].message).toMatch(/no /);
    const editor = await hub.query(LEVA, { input: { document: call } }, bearer(await hub.tokens.editor([1, 2, 3, 4, 5, 6, 7, 8, 9])));
    expect(editor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('importPoints', () => {
  const csv = [
    'id,kind,name,street,city,latitude,longitude,municipio,hours',
    'csrc-import-uno,CSRC,Centro Uno,"Via Padova, 10",Milano,45.4969,9.2244,,MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 DIGITAL_EDUCATION',
    'wemi-import-due,WEMI,Spazio WeMi Due,"Via Larga, 12",Milano,,,1,TUE 10:00-12:00 FRONT_OFFICE',
  ].join('\n');

  it('creates points with their hours, places them by their coordinates, and the same file again changes nothing', async () => {
    const dry = await hub.query(POINTS, { input: { document: csv, format: 'CSV', dryRun: true } }, admin);
    expect(dry.body.data?.importPoints.report).toEqual({ dryRun: true, points: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await hub.query(POINT, { id: 'csrc-import-uno' })).body.data?.point).toBeNull();

    const first = await hub.query(POINTS, { input: { document: csv, format: 'CSV', documentName: 'punti.csv' } }, admin);
    expect(first.body.data?.importPoints).toEqual({
      report: { dryRun: false, points: 2, created: 2, updated: 0, unchanged: 0 },
      userErrors: [],
    });
    const uno = (await hub.query(POINT, { id: 'csrc-import-uno' })).body.data?.point;
    expect(uno).toMatchObject({ name: 'Centro Uno', kind: 'CSRC', version: 1, municipioBasis: 'BOUNDARY', frontOfficeHoursPerWeek: 8 });
    expect(uno.source).toEqual({ document: 'punti.csv', section: 'riga 2' });
    expect(uno.municipio.number).toBe(2);

    const again = await hub.query(POINTS, { input: { document: csv, format: 'CSV', documentName: 'punti.csv' } }, admin);
    expect(again.body.data?.importPoints.report).toEqual({ dryRun: false, points: 2, created: 0, updated: 0, unchanged: 2 });

    const changed = csv.replace('TUE 10:00-12:00', 'TUE 10:00-13:00');
    const update = await hub.query(POINTS, { input: { document: changed, format: 'CSV', documentName: 'punti.csv' } }, admin);
    expect(update.body.data?.importPoints.report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const due = (await hub.query(POINT, { id: 'wemi-import-due' })).body.data?.point;
    expect(due).toMatchObject({ version: 2, openingHours: [{ day: 'TUESDAY', opens: '10:00', closes: '13:00' }] });
  });

  it('reports every bad row with its line number and imports nothing', async () => {
    const bad = [
      'id,kind,name,latitude,longitude,hours',
      'csrc-import-tre,CSRC,Tre,,,MON 09:00-12:00 FRONT_OFFICE',
      'csrc-import-quattro,PARK,Quattro,,,',
      'csrc-import-cinque,CSRC,Cinque,45.5,,MON 25:00-12:00 FRONT_OFFICE',
    ].join('\n');
    const response = await hub.query(POINTS, { input: { document: bad, format: 'CSV' } }, admin);
    const payload = response.body.data?.importPoints;
    expect(payload.report).toBeNull();
    expect(payload.userErrors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual(
      expect.arrayContaining([
        [3, 'INVALID_INPUT'],
        [4, 'INVALID_INPUT'],
      ]),
    );
    expect(payload.userErrors.every((e: { line: number }) => e.line === 3 || e.line === 4)).toBe(true);
    expect((await hub.query(POINT, { id: 'csrc-import-tre' })).body.data?.point).toBeNull();
  });

  const FULL = `query ($id: ID!) { point(id: $id) { id kind name shortName version manager openedOn
    address { street postalCode city latitude longitude } municipio { number } municipioBasis
    openingHours { day opens closes activity } } }`;
  const RECORDS = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) {
    report { dryRun created updated unchanged records { pointId line action changes { field from to } } } userErrors { message line } } }`;

  it('a CSV of only id, kind and name changes nothing else of seeded points: hours, coordinates, Municipio intact', async () => {
    const ids = ['demo-wemi-2-1', 'demo-csrc-5-1', 'csrc-sammartini'];
    const before = await Promise.all(ids.map(async (id) => (await hub.query(FULL, { id })).body.data?.point));
    expect(before[0].openingHours.length).toBeGreaterThan(0);
    expect(before[0].address.latitude).not.toBeNull();
    const names = ['id,kind,name', ...before.map((p) => `${p.id},${p.kind},"${p.name}"`)].join('\n');
    const same = await hub.query(RECORDS, { input: { document: names, format: 'CSV' } }, admin);
    expect(same.body.data?.importPoints.report).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: 3, records: [] });
    expect(await Promise.all(ids.map(async (id) => (await hub.query(FULL, { id })).body.data?.point))).toEqual(before);

    // One spelling fixed: that name alone changes (version + 1); the rest of the point stays as stored.
    const fixed = names.replace(`"${before[1].name}"`, '"Centro Socio Ricreativo Culturale Corretto"');
    const dry = await hub.query(RECORDS, { input: { document: fixed, format: 'CSV', dryRun: true } }, admin);
    expect(dry.body.data?.importPoints.report).toEqual({
      dryRun: true,
      created: 0,
      updated: 1,
      unchanged: 2,
      records: [
        {
          pointId: 'demo-csrc-5-1',
          line: 3,
          action: 'UPDATED',
          changes: [{ field: 'name', from: before[1].name, to: 'Centro Socio Ricreativo Culturale Corretto' }],
        },
      ],
    });
    const real = await hub.query(RECORDS, { input: { document: fixed, format: 'CSV' } }, admin);
    expect(real.body.data?.importPoints.report).toMatchObject({ dryRun: false, updated: 1, unchanged: 2 });
    const after = (await hub.query(FULL, { id: 'demo-csrc-5-1' })).body.data?.point;
    expect(after).toEqual({ ...before[1], name: 'Centro Socio Ricreativo Culturale Corretto', version: before[1].version + 1 });
  });

  it('clears a value only for an explicit empty cell, or in replace mode; the dry run says from what to what', async () => {
    const id = 'demo-wemi-3-1';
    const before = (await hub.query(FULL, { id })).body.data?.point;
    expect(before.address.city).toBe('Milano');
    const emptyCity = `id,kind,name,city\n${id},WEMI,"${before.name}",\n`;
    const cleared = await hub.query(RECORDS, { input: { document: emptyCity, format: 'CSV' } }, admin);
    expect(cleared.body.data?.importPoints.report.records).toEqual([
      { pointId: id, line: 2, action: 'UPDATED', changes: [{ field: 'address.city', from: 'Milano', to: null }] },
    ]);
    const afterClear = (await hub.query(FULL, { id })).body.data?.point;
    expect(afterClear).toEqual({ ...before, version: before.version + 1, address: { ...before.address, city: null } });

    // JSON alike: the keys a point has change, the others stay.
    const json = JSON.stringify({ points: [{ id, kind: 'WEMI', name: before.name, address: { city: 'Milano' } }] });
    const restored = await hub.query(RECORDS, { input: { document: json, format: 'JSON' } }, admin);
    expect(restored.body.data?.importPoints.report.records).toEqual([
      { pointId: id, line: 1, action: 'UPDATED', changes: [{ field: 'address.city', from: null, to: 'Milano' }] },
    ]);
    expect((await hub.query(FULL, { id })).body.data?.point).toEqual({ ...before, version: before.version + 2 });

    const replace = await hub.query(
      RECORDS,
      { input: { document: `id,kind,name\n${id},WEMI,"${before.name}"\n`, format: 'CSV', replace: true, dryRun: true } },
      admin,
    );
    const fields = replace.body.data?.importPoints.report.records[0].changes.map((c: { field: string }) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['address.latitude', 'address.longitude', 'openingHours']));
    expect(replace.body.data?.importPoints.report.records[0].changes).toContainEqual({
      field: 'address.latitude',
      from: before.address.latitude,
      to: null,
    });
  });

  it('takes a file too large for one request in staged parts, cut anywhere, and imports them as one, once', async () => {
    const STAGE = `mutation ($input: StagePointsImportPartInput!) { stagePointsImportPart(input: $input) { uploadId parts characters userErrors { message } } }`;
    const file = [
      'id,kind,name,hours',
      ...Array.from({ length: 30 }, (_, i) => `wemi-parte-${i},WEMI,Parte ${i},MON 09:00-10:00 OTHER`),
    ].join('\n');
    const uploadId = crypto.randomUUID();
    const cut = [file.slice(0, 37), file.slice(37, 400), file.slice(400)];
    const stage = async (parts: string[]) => {
      for (const [index, text] of parts.entries()) {
        const staged = await hub.query(STAGE, { input: { uploadId, index, text } }, admin);
        expect(staged.body.data?.stagePointsImportPart).toMatchObject({ uploadId, parts: index + 1, userErrors: [] });
      }
    };
    const staged = async () =>
      (await sql(`select count(*)::int as n from spazio_comune.import_upload_part where upload_id = $1`, [uploadId])).rows[0].n;
    await stage(cut);
    const dry = await hub.query(RECORDS, { input: { uploadId, format: 'CSV', dryRun: true } }, admin);
    expect(dry.body.data?.importPoints.report).toMatchObject({ dryRun: true, created: 30 });
    // A dry run is only a report: it keeps nothing staged; nor does a refused file.
    expect(await staged()).toBe(0);
    await stage([...cut.slice(0, 2), 'wemi-rotta,NOKIND,Rotta\n']);
    const bad = await hub.query(POINTS, { input: { uploadId, format: 'CSV' } }, admin);
    expect(bad.body.data?.importPoints.userErrors).not.toEqual([]);
    expect(await staged()).toBe(0);
    await stage(cut);
    const real = await hub.query(POINTS, { input: { uploadId, format: 'CSV' } }, admin);
    expect(real.body.data?.importPoints).toEqual({
      report: { dryRun: false, points: 30, created: 30, updated: 0, unchanged: 0 },
      userErrors: [],
    });
    const again = await hub.query(POINTS, { input: { uploadId, format: 'CSV' } }, admin);
    expect(again.body.data?.importPoints.userErrors[0].message).toMatch(/nothing is staged/);
    const editor = await hub.query(STAGE, { input: { uploadId, index: 0, text: 'x' } }, bearer(await hub.tokens.editor([2])));
    expect(editor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a staged upload part by part: a JSON file and a CRLF CSV cut inside quoted values import as sent whole, and two imports of one upload import it once', async () => {
    const STAGE = `mutation ($input: StagePointsImportPartInput!) { stagePointsImportPart(input: $input) { userErrors { message } } }`;
    const stage = async (uploadId: string, parts: string[]) => {
      for (const [index, text] of parts.entries())
        expect((await hub.query(STAGE, { input: { uploadId, index, text } }, admin)).body.data?.stagePointsImportPart.userErrors).toEqual(
          [],
        );
    };
    const points = Array.from({ length: 12 }, (_, i) => ({
      id: `wemi-json-${i}`,
      kind: 'WEMI',
      name: `Spazio "JSON" ${i}`,
      address: { street: `Via Lunga, ${i}`, city: 'Milano' },
      hours: [{ day: 'MONDAY', opens: '09:00', closes: '12:00', activity: 'OTHER' }],
    }));
    const json = JSON.stringify({ points });
    const csv = `id,kind,name,street,hours\r\n${points.map((p) => `${p.id.replace('json', 'crlf')},WEMI,"Spazio ""CRLF"", ${p.name.slice(-2).trim()}","${p.address.street}",MON 09:00-12:00 OTHER`).join('\r\n')}\r\n`;
    // Cut every 13 characters: inside strings, numbers, quoted values and between CR and LF.
    const cut = (text: string) => Array.from({ length: Math.ceil(text.length / 13) }, (_, i) => text.slice(i * 13, i * 13 + 13));
    expect(cut(csv).some((part) => part.endsWith('\r'))).toBe(true);
    for (const [format, text] of [
      ['JSON', json],
      ['CSV', csv],
    ] as const) {
      const whole = await hub.query(RECORDS, { input: { document: text, format, dryRun: true } }, admin);
      const uploadId = crypto.randomUUID();
      await stage(uploadId, cut(text));
      const staged = await hub.query(RECORDS, { input: { uploadId, format, dryRun: true } }, admin);
      expect(staged.body.data?.importPoints.report).toEqual(whole.body.data?.importPoints.report);
      expect(staged.body.data?.importPoints.report).toMatchObject({ created: 12, updated: 0 });
    }
    const csvPoint = (await hub.query(FULL, { id: 'wemi-crlf-3' })).body.data?.point;
    expect(csvPoint).toBeNull();
    // Two imports of one upload at once: the second waits for the first, then finds nothing staged.
    const uploadId = crypto.randomUUID();
    await stage(uploadId, cut(csv));
    const [one, two] = await Promise.all([0, 1].map(() => hub.query(POINTS, { input: { uploadId, format: 'CSV' } }, admin)));
    const answers = [one, two].map((r) => r?.body.data?.importPoints);
    expect(answers.filter((a) => a.report?.created === 12)).toHaveLength(1);
    expect(answers.filter((a) => /nothing is staged/.test(a.userErrors[0]?.message ?? ''))).toHaveLength(1);
    expect((await hub.query(FULL, { id: 'wemi-crlf-3' })).body.data?.point).toMatchObject({
      name: 'Spazio "CRLF", 3',
      address: { street: 'Via Lunga, 3' },
    });
  });

  it('answers at most 1,000 problems and lists at most 1,000 records, and says how many more', async () => {
    const lines = (n: number, kind: string) => Array.from({ length: n }, (_, i) => `wemi-molti-${i},${kind},Molti ${i}`);
    const bad = await hub.query(
      POINTS,
      { input: { document: ['id,kind,name', ...lines(1_005, 'NOKIND')].join('\n'), format: 'CSV' } },
      admin,
    );
    const errors = bad.body.data?.importPoints.userErrors;
    expect(errors).toHaveLength(1_001);
    expect(errors[999].line).toBe(1_001);
    expect(errors[1_000].message).toBe('and 5 more problems past the first 1000: mend these and import again.');
    const good = await hub.query(
      `mutation ($input: ImportPointsInput!) { importPoints(input: $input) { report { created records { pointId } recordsNotListed } } }`,
      { input: { document: ['id,kind,name', ...lines(1_003, 'WEMI')].join('\n'), format: 'CSV', dryRun: true } },
      admin,
    );
    const report = good.body.data?.importPoints.report;
    expect([report.created, report.records.length, report.recordsNotListed]).toEqual([1_003, 1_000, 3]);
    expect(report.records.at(-1).pointId).toBe('wemi-molti-999');
  });

  it('bounds the open uploads: one more is refused with LIMIT_REACHED until one is imported, checked or refused', async () => {
    const STAGE = `mutation ($input: StagePointsImportPartInput!) { stagePointsImportPart(input: $input) { uploadId userErrors { code field } } }`;
    await sql('delete from spazio_comune.import_upload_part');
    const uploads = Array.from({ length: 8 }, () => crypto.randomUUID());
    for (const uploadId of uploads) {
      const staged = await hub.query(STAGE, { input: { uploadId, index: 0, text: 'id,kind,name\n' } }, admin);
      expect(staged.body.data?.stagePointsImportPart.userErrors).toEqual([]);
    }
    const ninth = await hub.query(STAGE, { input: { uploadId: crypto.randomUUID(), index: 0, text: 'id,kind,name\n' } }, admin);
    expect(ninth.body.data?.stagePointsImportPart).toEqual({
      uploadId: null,
      userErrors: [{ code: 'LIMIT_REACHED', field: ['uploadId'] }],
    });
    // A part of an upload already open is still taken.
    const more = await hub.query(STAGE, { input: { uploadId: uploads[0], index: 1, text: 'wemi-x,WEMI,X\n' } }, admin);
    expect(more.body.data?.stagePointsImportPart.userErrors).toEqual([]);
    const checked = await hub.query(POINTS, { input: { uploadId: uploads[0], format: 'CSV', dryRun: true } }, admin);
    expect(checked.body.data?.importPoints.userErrors).toEqual([]);
    const now = await hub.query(STAGE, { input: { uploadId: crypto.randomUUID(), index: 0, text: 'id,kind,name\n' } }, admin);
    expect(now.body.data?.stagePointsImportPart.userErrors).toEqual([]);
    await sql('delete from spazio_comune.import_upload_part');
  });

  it('is for admins only', async () => {
    const response = await hub.query(POINTS, { input: { document: csv, format: 'CSV' } }, bearer(await hub.tokens.editor([2])));
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const none = await hub.query(POINTS, { input: { document: csv, format: 'CSV' } });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
