import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main, partsOf } from '../scripts/import.js';
import { subgraphs } from '../subgraphs/index.js';
import { CALL_UPLOAD } from '../subgraphs/servizio-civile/import/call-upload.js';
import { MAX_OPEN_UPLOADS, stagePart } from '../subgraphs/shared/import-upload.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { type Hub, startHub } from './support/hub.js';
import { type CallSize, nationalCallText } from './support/national-call.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// A call too large for one request (the body limit is 1 MB) goes in staged parts through the real
// gateway, and is imported as one document, all or nothing: a bad part writes nothing and leaves
// nothing staged. Staging is for admins and bounded, per upload and in total. npm run import does
// the same. The calls are made by the national-size generator, scaled down to just over 1 MB.

/** 1,000 projects (200 programmes) and 1,200 placements over 1,000 sites: about 1.3 million characters. */
const SIZE: CallSize = { projects: 1_000, placements: 1_200, sites: 1_000 };
/** What importing it creates: the call, programmes, projects, sites and placements. */
const RECORDS = 1 + 200 + 1_000 + 1_000 + 1_200;

const STAGE = `mutation ($input: StageServizioCivileCallImportPartInput!) {
  stageServizioCivileCallImportPart(input: $input) { uploadId parts characters userErrors { code field message } }
}`;
const IMPORT = `mutation ($input: ImportServizioCivileCallInput!) {
  importServizioCivileCall(input: $input) {
    report { callYear dryRun placements created updated unchanged warnings }
    call { year placementCount projectCount }
    userErrors { code field message }
  }
}`;

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;
let folder: string;
let orm: MikroORM;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'call_upload');
  hub = await startHub(database.url, { responseCacheSeconds: 0 });
  admin = bearer(await hub.tokens.admin());
  folder = await mkdtemp(join(tmpdir(), 'hub-call-upload-'));
  const definition = subgraphs.find((s) => s.name === 'servizio-civile');
  if (!definition) throw new Error('no servizio-civile subgraph');
  orm = await openDatabase(definition, database.url);
});
afterAll(async () => {
  await orm?.close();
  await hub?.stop();
  await database?.drop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const staged = async () => (await sql('select count(*)::int as n from servizio_civile.import_upload_part'))[0].n as number;
/** What the database holds of a call's year: its row, its placements, and the generator's sites. */
async function written(year: number) {
  const [row] = await sql(
    `select (select count(*) from servizio_civile.call where year = $1)::int as calls,
            (select count(*) from servizio_civile.placement where call_year = $1)::int as placements,
            (select count(*) from servizio_civile.site where code >= '400000')::int as sites`,
    [year],
  );
  return row;
}

async function stage(uploadId: string, parts: string[], headers = admin) {
  for (const [index, text] of parts.entries()) {
    const answer = await hub.query(STAGE, { input: { uploadId, index, text } }, headers);
    expect(answer.body.data?.stageServizioCivileCallImportPart).toMatchObject({ uploadId, parts: index + 1, userErrors: [] });
  }
}

describe('a call larger than one request', () => {
  const text = nationalCallText(2031, SIZE);

  it('is refused whole by the gateway’s body limit', async () => {
    expect(Buffer.byteLength(JSON.stringify(text))).toBeGreaterThan(1024 * 1024);
    const whole = await hub.query(IMPORT, { input: { document: text } }, admin);
    expect(whole.status).toBe(413);
    expect(await written(2031)).toEqual({ calls: 0, placements: 0, sites: 0 });
  });

  it('is staged in parts cut anywhere and imported as one document, in one transaction; a dry run or a bad part keeps and writes nothing', {
    timeout: 600_000,
  }, async () => {
    const parts = partsOf(text);
    expect(parts.length).toBeGreaterThan(1);
    const uploadId = crypto.randomUUID();

    await stage(uploadId, parts);
    const dry = await hub.query(IMPORT, { input: { uploadId, dryRun: true } }, admin);
    expect(dry.body.data?.importServizioCivileCall).toMatchObject({
      report: { callYear: 2031, dryRun: true, placements: 1_200, created: RECORDS, updated: 0, unchanged: 0, warnings: [] },
      call: null,
      userErrors: [],
    });
    expect(await staged()).toBe(0);
    expect(await written(2031)).toEqual({ calls: 0, placements: 0, sites: 0 });

    // The last project loses its hours, in the last part: the call is refused, none of it written.
    const hours = '1145 ore in 12 mesi con una media di 25 ore settimanali.';
    const at = text.lastIndexOf(hours);
    const brokenParts = partsOf(`${text.slice(0, at)}Da definire.${text.slice(at + hours.length)}`);
    expect(brokenParts.slice(0, -2)).toEqual(parts.slice(0, -2));
    await stage(uploadId, brokenParts);
    const bad = await hub.query(IMPORT, { input: { uploadId } }, admin);
    expect(bad.body.data?.importServizioCivileCall).toMatchObject({ report: null, call: null });
    expect(bad.body.data?.importServizioCivileCall.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_A_CALL']);
    expect(await staged()).toBe(0);
    expect(await written(2031)).toEqual({ calls: 0, placements: 0, sites: 0 });

    // A part missing: refused, nothing written.
    await stage(uploadId, parts.slice(0, 1));
    await hub.query(STAGE, { input: { uploadId, index: 2, text: parts[2] } }, admin);
    const gap = await hub.query(IMPORT, { input: { uploadId } }, admin);
    expect(gap.body.data?.importServizioCivileCall.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['uploadId'], message: `uploadId part 1 of "${uploadId}" is missing.` },
    ]);
    expect(await staged()).toBe(0);

    await stage(uploadId, parts);
    const real = await hub.query(IMPORT, { input: { uploadId } }, admin);
    expect(real.body.data?.importServizioCivileCall).toEqual({
      report: { callYear: 2031, dryRun: false, placements: 1_200, created: RECORDS, updated: 0, unchanged: 0, warnings: [] },
      call: { year: 2031, placementCount: 1_200, projectCount: 1_000 },
      userErrors: [],
    });
    expect(await written(2031)).toEqual({ calls: 1, placements: 1_200, sites: 1_000 });
    expect(await staged()).toBe(0);
    const again = await hub.query(IMPORT, { input: { uploadId } }, admin);
    expect(again.body.data?.importServizioCivileCall.userErrors[0].message).toMatch(/nothing is staged/);
  });

  it('takes document or uploadId, exactly one', async () => {
    for (const input of [{}, { document: '# x', uploadId: crypto.randomUUID() }]) {
      const answer = await hub.query(IMPORT, { input }, admin);
      expect(answer.body.data?.importServizioCivileCall.userErrors).toEqual([
        { code: 'INVALID_INPUT', field: ['document'], message: 'give either document or uploadId, not both.' },
      ]);
    }
  });

  it('goes through npm run import, which stages it in parts', { timeout: 600_000 }, async () => {
    const file = join(folder, 'bando-2032.md');
    await writeFile(file, nationalCallText(2032, SIZE));
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const env = { HUB_URL: hub.gateway.url, HUB_TOKEN: admin.authorization?.replace('Bearer ', '') };
    const code = await main([file], env, io);
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.filter((line) => line.includes('[import] sent part')).length).toBe(partsOf(nationalCallText(2032, SIZE)).length);
    // The sites are 2031's, already as this call says.
    expect(lines).toContain(
      `year: 2032, dryRun: false, placements: 1200, created: ${1 + 200 + 1_000 + 1_200}, updated: 0, unchanged: 1000`,
    );
    expect(await written(2032)).toMatchObject({ calls: 1, placements: 1_200 });
    expect(await staged()).toBe(0);
  });
  it('is refused by npm run import before anything is sent when larger than an upload holds', async () => {
    const file = join(folder, 'bando-troppo.md');
    await writeFile(file, `# Servizio Civile Universale - Bando 2034\n${'x'.repeat(CALL_UPLOAD.maxCharacters)}`);
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    expect(await main([file], { HUB_URL: hub.gateway.url, HUB_TOKEN: 'not sent' }, io)).toBe(2);
    expect(lines.join('\n')).toMatch(`one import takes at most ${CALL_UPLOAD.maxCharacters} (${CALL_UPLOAD.about})`);
    expect(await staged()).toBe(0);
  });
});

describe('npm run import with an identity provider', () => {
  it('asks for an admin’s HUB_TOKEN instead of signing one the hub would refuse', async () => {
    const file = join(folder, 'bando-provider.md');
    await writeFile(file, '# Servizio Civile Universale - Bando 2035\n');
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const env = { HUB_URL: hub.gateway.url, HUB_OIDC_ISSUER: 'https://login.comune.milano.it/realms/hub' };
    expect(await main([file], env, io)).toBe(2);
    expect(lines.join('\n')).toMatch('set HUB_TOKEN to an admin’s access token');
  });
});

describe('staging a part of a call', () => {
  it('is for admins: an editor is refused with FORBIDDEN, and nothing is staged', async () => {
    const input = { uploadId: crypto.randomUUID(), index: 0, text: '# Servizio Civile Universale - Bando 2033' };
    const editor = await hub.query(STAGE, { input }, bearer(await hub.tokens.editor([2])));
    expect(editor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const nobody = await hub.query(STAGE, { input });
    expect(nobody.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await staged()).toBe(0);
  });

  it('bounds a part’s index and the open uploads (LIMIT_REACHED), apart from the points’ uploads', async () => {
    const outOfRange = await hub.query(STAGE, { input: { uploadId: crypto.randomUUID(), index: 200, text: 'x' } }, admin);
    expect(outOfRange.body.data?.stageServizioCivileCallImportPart.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['index'], message: 'index must be from 0 to 199.' },
    ]);
    const notUuid = await hub.query(STAGE, { input: { uploadId: 'bando', index: 0, text: 'x' } }, admin);
    expect(notUuid.body.data?.stageServizioCivileCallImportPart.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['uploadId'],
    });

    const uploads = Array.from({ length: MAX_OPEN_UPLOADS }, () => crypto.randomUUID());
    for (const uploadId of uploads) await stage(uploadId, ['# Servizio Civile Universale - Bando 2033\n']);
    const more = await hub.query(STAGE, { input: { uploadId: crypto.randomUUID(), index: 0, text: 'x' } }, admin);
    expect(more.body.data?.stageServizioCivileCallImportPart).toMatchObject({
      uploadId: null,
      userErrors: [{ code: 'LIMIT_REACHED', field: ['uploadId'] }],
    });
    expect(await staged()).toBe(MAX_OPEN_UPLOADS);
    // The points' uploads are spazio-comune's, in its own table: they are not bounded by these.
    const points = await hub.query(
      `mutation ($input: StagePointsImportPartInput!) { stagePointsImportPart(input: $input) { userErrors { code } } }`,
      { input: { uploadId: crypto.randomUUID(), index: 0, text: 'id,kind,name\n' } },
      admin,
    );
    expect(points.body.data?.stagePointsImportPart.userErrors).toEqual([]);
    // A dry run frees its upload, and a new one is taken.
    const checked = await hub.query(IMPORT, { input: { uploadId: uploads[0], dryRun: true } }, admin);
    expect(checked.body.data?.importServizioCivileCall.userErrors[0].code).toBe('NOT_A_CALL');
    await stage(crypto.randomUUID(), ['x']);
    await sql('delete from servizio_civile.import_upload_part');
    await sql('delete from spazio_comune.import_upload_part');
  });

  it('refuses an upload larger than a call the importer is measured to take', async () => {
    const uploadId = crypto.randomUUID();
    const refused = await orm.em
      .fork()
      .transactional((em) => stagePart(em, { uploadId, index: 0, text: 'x'.repeat(CALL_UPLOAD.maxCharacters + 1) }, CALL_UPLOAD))
      .then(
        () => null,
        (error: { errors?: { code: string; message: string }[] }) => error.errors?.[0],
      );
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['text'],
      message: `text an upload holds at most ${CALL_UPLOAD.maxCharacters} characters (${CALL_UPLOAD.about}): split the file, each part is then imported on its own.`,
    });
    expect(await staged()).toBe(0);
  });
});
