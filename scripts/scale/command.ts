import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { provideDatabase } from '../embedded-postgres.js';
import { generateScaleData, reportLines } from './generate.js';

/**
 * npm run scale -- [--scale N] [--database URL]
 * Generates the scale data set (generate.ts) into the database at URL, or, without one, into a
 * scratch embedded PostgreSQL that is removed afterwards (to measure how long it takes and how
 * large it is), and prints what each part wrote, how long it took, and the database's size.
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' }, database: { type: 'string' } } });
const scale = Number(values.scale);
const workDir = values.database ? null : await mkdtemp(`${tmpdir()}/milano-scale-`);
if (workDir) await chmod(workDir, 0o755); // the embedded PostgreSQL runs as another user when we are root
const database = values.database
  ? { url: values.database, stop: async () => {} }
  : await provideDatabase({ dataDir: `${workDir}/postgres`, persistent: false });
try {
  const report = await generateScaleData(database.url, scale, (line) => console.log(`[scale] ${line}`));
  console.log(`\nscale ${scale}${workDir ? ' (a scratch database, removed now)' : ''}:`);
  for (const line of reportLines(report)) console.log(line);
} catch (error) {
  console.error(`[scale] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
}
