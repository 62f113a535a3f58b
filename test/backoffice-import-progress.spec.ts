import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// The progress of a long import, as the back office shows it: pointsImportProgress(uploadId) while
// importPoints({ uploadId }) runs. No timings: the import is held at two points of its file by rows
// this test inserts in transactions of its own (the import's insert of the same id waits for them),
// so the progress it answers there is known, and it goes on when they roll back.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'import_progress');
  hub = await startHub(database.url, { responseCacheSeconds: 0 });
  admin = bearer(await hub.tokens.admin());
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const POINTS = 5_000;
const id = (i: number) => `progress-${String(i).padStart(5, '0')}`;
const STAGE = `mutation ($input: StagePointsImportPartInput!) { stagePointsImportPart(input: $input) { parts userErrors { message } } }`;
const IMPORT = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) { report { created } userErrors { message } } }`;
const PROGRESS = 'query ($uploadId: ID!) { pointsImportProgress(uploadId: $uploadId) { uploadId phase done total } }';

interface Progress {
  uploadId: string;
  phase: string;
  done: number;
  total: number | null;
}

/** A transaction of the test's own that inserts the point the import will insert as `id`, and holds it. */
async function holding(pointId: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('begin');
  await client.query(`insert into spazio_comune.point (id, kind, name, source_document) values ($1, 'WEMI', $1, 'test')`, [pointId]);
  return client;
}

describe('the progress of a long import', () => {
  it('rises as the import writes its points, and is gone when the import ends', async () => {
    const file = `id,kind,name\n${Array.from({ length: POINTS }, (_, i) => `${id(i)},WEMI,Punto di prova ${i}`).join('\n')}\n`;
    const uploadId = crypto.randomUUID();
    for (let index = 0; index * 50_000 < file.length; index++) {
      const text = file.slice(index * 50_000, (index + 1) * 50_000);
      const staged = await hub.query(STAGE, { input: { uploadId, index, text } }, admin);
      expect(staged.body.data?.stagePointsImportPart.userErrors).toEqual([]);
    }

    const progress = async (headers = admin) => hub.query(PROGRESS, { uploadId }, headers);
    expect((await progress()).body.data?.pointsImportProgress).toBeNull();

    // Points 1,500 and 3,500: the second and the fourth chunk of 1,000.
    const first = await holding(id(1_500));
    const second = await holding(id(3_500));
    const seen: Progress[] = [];
    /** Reads the progress until it says `done` (the import waits there), keeping each value read. */
    const until = async (done: number) => {
      for (let reads = 0; reads < 1_000; reads++) {
        const now = (await progress()).body.data?.pointsImportProgress as Progress | null;
        if (now) seen.push(now);
        if (now?.done === done) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`the progress never said ${done} points: ${JSON.stringify(seen.at(-1))}`);
    };
    let importing: ReturnType<Hub['query']> | undefined;
    try {
      importing = hub.query(IMPORT, { input: { uploadId, format: 'CSV' } }, admin);
      await until(1_000);
      // An editor may not read it: imports are for admins.
      const editor = await progress(bearer(await hub.tokens.editor([2])));
      expect(editor.body.data?.pointsImportProgress ?? null).toBeNull();
      expect(editor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await first.query('rollback');
      await until(3_000);
      await second.query('rollback');
    } finally {
      await first.end();
      await second.end();
    }
    const imported = await importing;
    expect(imported?.body.data?.importPoints).toEqual({ report: { created: POINTS }, userErrors: [] });
    expect((await progress()).body.data?.pointsImportProgress).toBeNull();

    // Every value read was of this upload and of the whole file, and none went back.
    expect(seen.every((p) => p.uploadId === uploadId && (p.phase === 'READING' || p.total === POINTS))).toBe(true);
    const written = seen.filter((p) => p.phase === 'WRITING').map((p) => p.done);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written).toContain(1_000);
    expect(written).toContain(3_000);
  });
});
