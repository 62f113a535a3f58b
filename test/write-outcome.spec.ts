import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractExamples } from '../gateway/examples.js';
import { startGateway } from '../gateway/gateway.js';
import { main, PART_CHARACTERS, PRINTED_RECORDS } from '../scripts/import.js';
import { MAX_LISTED } from '../subgraphs/spazio-comune/import/import-points.js';
import { type Hub, root, startHub, withLimits } from './support/hub.js';
import { recordingProxy } from './support/recording-proxy.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// A write's reported outcome is what was committed: mutations have their own, longer timeout in
// the gateway; a write sent and left without an answer is WRITE_OUTCOME_UNKNOWN, never "refused";
// npm run import says "outcome unknown" and how to check; a file over the body limit is imported
// in staged parts and the report is exactly what was committed.

const READ_TIMEOUT_MS = 1_000;
/**
 * The dry run of 10,000 new points answers every field of each (about 5 MB), over the default
 * HUB_MAX_RESPONSE (4 MB): this spec raises it. Mutation answers are to be exempt from that bound
 * (another change of issue 14); until then `npm run import --dry-run` of such a file needs it raised.
 */
const LARGE_ANSWERS = withLimits({ responseBytes: 64 * 1024 * 1024 });
const MUTATION_TIMEOUT_MS = 4_000;
let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;
let folder: string;
const upstream: Record<string, string> = {};
const spazioComune = recordingProxy(() => upstream['spazio-comune'] ?? '');

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'write_outcome');
  folder = await mkdtemp(join(tmpdir(), 'hub-import-'));
  const proxied = { 'spazio-comune': await spazioComune.listen() };
  process.env.HUB_SUBGRAPH_TIMEOUT_MS = String(READ_TIMEOUT_MS);
  process.env.HUB_SUBGRAPH_MUTATION_TIMEOUT_MS = String(MUTATION_TIMEOUT_MS);
  try {
    hub = await startHub(database.url, {
      responseCacheSeconds: 0,
      http: LARGE_ANSWERS,
      override: (running) => {
        for (const s of running) upstream[s.name] = s.url;
        return proxied;
      },
    });
  } finally {
    delete process.env.HUB_SUBGRAPH_TIMEOUT_MS;
    delete process.env.HUB_SUBGRAPH_MUTATION_TIMEOUT_MS;
  }
  admin = bearer(await hub.tokens.admin());
});
afterAll(async () => {
  await hub?.stop();
  await spazioComune.close();
  await database?.drop();
  await rm(folder, { recursive: true, force: true });
});

const HOURS = `mutation ($input: SetPointOpeningHoursInput!) { setPointOpeningHours(input: $input) { point { version } userErrors { code } } }`;
const VERSION = 'query ($id: ID!) { point(id: $id) { version } }';

async function version(id: string): Promise<number> {
  return (await hub.query(VERSION, { id })).body.data?.point.version;
}

function setHours(id: string, expectedVersion: number) {
  return hub.query(
    HOURS,
    { input: { pointId: id, expectedVersion, hours: [{ day: 'MONDAY', opens: '08:00', closes: '09:00', activity: 'OTHER' }] } },
    admin,
  );
}

/** npm run import, in this process, against this hub; what it printed and its exit code. */
async function runImport(args: string[], url = hub.gateway.url) {
  const lines: string[] = [];
  const code = await main(
    args,
    { HUB_URL: url, HUB_TOKEN: admin.authorization?.replace('Bearer ', '') },
    {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    },
  );
  return { code, output: lines.join('\n') };
}

describe('the gateway and a write', () => {
  it('gives a mutation its own timeout: a write the subgraph answers after the read timeout is answered', async () => {
    const id = 'demo-wemi-7-1';
    const before = await version(id);
    spazioComune.mode.answerDelayMs = READ_TIMEOUT_MS + 500;
    try {
      const response = await setHours(id, before);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.setPointOpeningHours).toEqual({ point: { version: before + 1 }, userErrors: [] });
    } finally {
      spazioComune.reset();
    }
  });

  it('answers WRITE_OUTCOME_UNKNOWN, not a refusal, for a write committed without an answer (its timeout, a broken connection)', async () => {
    const id = 'demo-wemi-7-2';
    for (const mode of [{ answerDelayMs: MUTATION_TIMEOUT_MS + 1_000 }, { dropAnswer: true }]) {
      const before = await version(id);
      Object.assign(spazioComune.mode, mode);
      try {
        const response = await setHours(id, before);
        expect(response.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'WRITE_OUTCOME_UNKNOWN', serviceName: 'spazio-comune' }]);
        expect(response.body.errors?.[0]?.message).toMatch(/unknown/);
      } finally {
        spazioComune.reset();
      }
      // It was committed: the client was right not to be told otherwise.
      expect(await version(id)).toBe(before + 1);
    }
  });
});

describe('npm run import', () => {
  it('says "outcome unknown" and how to check, never "refused", when the connection drops after the file was sent', async () => {
    const server = createServer(async (req) => {
      for await (const _ of req);
      req.socket.destroy();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const file = join(folder, 'uno.csv');
    await writeFile(file, 'id,kind,name\nwemi-uno,WEMI,Uno\n');
    try {
      const { code, output } = await runImport([file], `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
      expect(code).toBe(3);
      expect(output).toMatch(/outcome unknown/);
      expect(output).toMatch(/--dry-run/);
      expect(output).not.toMatch(/refused/);
    } finally {
      server.close();
    }
  });

  it('after an import committed without an answer, says so; its dry run then shows nothing left to do', async () => {
    const file = join(folder, 'due.csv');
    await writeFile(file, 'id,kind,name,hours\nwemi-esito-1,WEMI,Esito uno,TUE 10:00-12:00 OTHER\nwemi-esito-2,WEMI,Esito due,\n');
    spazioComune.mode.dropAnswer = true;
    let sent: Awaited<ReturnType<typeof runImport>>;
    try {
      sent = await runImport([file]);
    } finally {
      spazioComune.reset();
    }
    expect(sent.code).toBe(3);
    expect(sent.output).toMatch(/outcome unknown/);
    expect(sent.output).not.toMatch(/refused/);
    const check = await runImport([file, '--dry-run']);
    expect(check).toMatchObject({ code: 0, output: expect.stringContaining('points: 2, created: 0, updated: 0, unchanged: 2') });
  });

  it('a dry run prints each field that would change, from what to what', async () => {
    const file = join(folder, 'tre.csv');
    await writeFile(file, 'id,kind,name,hours\nwemi-esito-1,WEMI,Esito primo,TUE 10:00-12:00 OTHER\n');
    const { code, output } = await runImport([file, '--dry-run']);
    expect(code).toBe(0);
    expect(output).toContain('line 2 wemi-esito-1: updated\n  name: "Esito uno" → "Esito primo"');
    expect(output).toContain('dryRun: true, points: 1, created: 0, updated: 1, unchanged: 0');
  });

  it('a dry run prints the changes of the first records and how many more; --all prints every one', async () => {
    const file = join(folder, 'molti.csv');
    const count = PRINTED_RECORDS + 10;
    const rows = Array.from({ length: count }, (_, i) => `wemi-molti-${i},WEMI,Molti ${i}`);
    await writeFile(file, ['id,kind,name', ...rows].join('\n'));
    const some = await runImport([file, '--dry-run']);
    expect(some.code).toBe(0);
    expect(some.output.match(/^line \d+ wemi-molti-\d+: created$/gm)).toHaveLength(PRINTED_RECORDS);
    expect(some.output).toContain('… and 10 more records that would change (--all prints them)');
    const all = await runImport([file, '--dry-run', '--all']);
    expect(all.output.match(/^line \d+ wemi-molti-\d+: created$/gm)).toHaveLength(count);
    expect(all.output).not.toContain('more record');
    expect(all.output).toContain(`dryRun: true, points: ${count}, created: ${count}, updated: 0, unchanged: 0`);
  });

  it('imports 10,000 points (a file over the 1 MB body limit) in staged parts, and reports exactly what it committed', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const n = String(i).padStart(5, '0');
      return `wemi-massa-${n},WEMI,Spazio WeMi di prova ${n},"Via di prova, ${i}",Milano,45.${n},9.${n},MON 09:00-13:00 FRONT_OFFICE`;
    });
    const text = ['id,kind,name,street,city,latitude,longitude,hours', ...rows].join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    expect(text.length).toBeGreaterThan(PART_CHARACTERS);
    const file = join(folder, 'diecimila.csv');
    await writeFile(file, text);
    // A gateway with the default timeouts (this file's hub has a short one for writes), before the same subgraphs.
    const gateway = await startGateway({
      supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
      subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
      port: 0,
      examples: contractExamples(root),
      responseCacheSeconds: 0,
      http: LARGE_ANSWERS,
    });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // Its dry run: 10,000 to create, the changes of the first PRINTED_RECORDS printed and a count of the rest (the report lists MAX_LISTED).
      const dry = await runImport([file, '--dry-run'], gateway.url);
      expect(dry.code).toBe(0);
      expect(dry.output).toContain('dryRun: true, points: 10000, created: 10000, updated: 0, unchanged: 0');
      expect(dry.output.match(/^line \d+ wemi-massa-\d+: created$/gm)).toHaveLength(PRINTED_RECORDS);
      expect(dry.output).toContain(
        `… and ${10_000 - PRINTED_RECORDS} more records that would change (the report lists the first ${MAX_LISTED}, --all prints those)`,
      );
      const { code, output } = await runImport([file], gateway.url);
      expect(output).toMatch(/sent part 1 of \d+/);
      expect(code).toBe(0);
      expect(output).toContain('dryRun: false, points: 10000, created: 10000, updated: 0, unchanged: 0');
      const points = await client.query(`select count(*)::int as n from spazio_comune.point where id like 'wemi-massa-%'`);
      const hours = await client.query(`select count(*)::int as n from spazio_comune.opening_hours where point_id like 'wemi-massa-%'`);
      const staged = await client.query('select count(*)::int as n from spazio_comune.import_upload_part');
      expect([points.rows[0].n, hours.rows[0].n, staged.rows[0].n]).toEqual([10_000, 10_000, 0]);
      // The same file again, as its dry run: all 10,000 already as it says.
      const again = await runImport([file, '--dry-run'], gateway.url);
      expect(again).toMatchObject({ code: 0, output: expect.stringContaining('points: 10000, created: 0, updated: 0, unchanged: 10000') });
    } finally {
      await client.end();
      await gateway.stop();
    }
  });
});
