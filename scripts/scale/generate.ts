import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { subgraphs } from '../../subgraphs/index.js';
import { Role, type Viewer } from '../../subgraphs/shared/auth/viewer.js';
import { prepareDatabase } from '../../subgraphs/shared/server.js';
import { generateAuditEntries } from './audit.js';
import { generateParticipation } from './participation.js';
import { generatePointExtras } from './point-extras.js';
import { generatePoints } from './points.js';
import { Random } from './random.js';
import { generateServizioCivile } from './servizio-civile.js';
import { type Sizes, sizesAt } from './sizes.js';

/** Who the generator writes as: the audit entries of the importers name it. */
const GENERATOR: Viewer = { sub: 'generator:scale', roles: [Role.ADMIN], municipi: [] };

export interface ScaleReport {
  sizes: Sizes;
  /** Each part, what it wrote and how long it took. */
  parts: { part: string; wrote: string; seconds: number }[];
  databaseMiB: number;
  /** The size of each subgraph's schema (tables and indexes). */
  schemaMiB: Record<string, number>;
}

/**
 * Fills a database with the scale data set, on top of the seed: migrates and seeds the three
 * subgraphs' schemas first (as each does when it starts, demo set on), then writes the parts in
 * order, each from its own seeded generator (so the same scale gives the same data). Refuses a
 * database that holds a generated set already: the audit trail it wrote cannot be removed.
 */
export async function generateScaleData(
  databaseUrl: string,
  scale: number,
  log: (line: string) => void = console.log,
): Promise<ScaleReport> {
  const sizes = sizesAt(scale);
  const parts: ScaleReport['parts'] = [];
  const timed = async <T>(part: string, work: () => Promise<T>, wrote: (result: T) => string): Promise<T> => {
    const began = performance.now();
    const result = await work();
    const seconds = (performance.now() - began) / 1000;
    parts.push({ part, wrote: wrote(result), seconds });
    log(`scale ${scale}: ${part}: ${wrote(result)} in ${seconds.toFixed(1)} s`);
    return result;
  };
  await refuseUnlessNew(databaseUrl);
  const orms = new Map<string, MikroORM>();
  try {
    await timed(
      'migrations and seed',
      async () => {
        for (const definition of subgraphs) orms.set(definition.name, await prepareDatabase(definition, { databaseUrl, demoData: true }));
      },
      () => 'three schemas',
    );
    const spazio = orm(orms, 'spazio-comune').em;
    const random = (part: number) => new Random(part * 1_000_003 + Math.round(scale * 1000));

    const points = await timed(
      'points (importer)',
      () => generatePoints(spazio, GENERATOR, sizes.points, random(1)),
      (p) => `${p.length} points with weekly hours`,
    );
    await timed(
      'special schedules, operators (entities)',
      () => generatePointExtras(spazio, points, random(2)),
      (r) => `${r.special} special schedules, ${r.operators} operators`,
    );
    await timed(
      'Servizio Civile (importRecord, bulk SQL)',
      () => generateServizioCivile(orm(orms, 'servizio-civile').em, GENERATOR, sizes, random(3)),
      (r) =>
        `${r.calls} calls, ${sizes.programmesPerCall} programmes and ${sizes.projectsPerCall} projects each, ${r.sites} sites, ${r.placements} placements`,
    );
    await timed(
      'participation (bulk SQL)',
      () => generateParticipation(spazio, sizes.participation),
      (n) => `${n} records`,
    );
    await timed(
      'audit entries (bulk SQL)',
      () => generateAuditEntries(spazio, sizes.auditEntries),
      (n) => `${n} entries`,
    );
    // Fresh statistics, so that the services started next plan their queries for the data they hold, and
    // the visibility map, without which PostgreSQL reads a call's 70,000 placements from the table
    // rather than from an index alone (autovacuum would set it later, or never where it is off).
    await timed(
      'vacuum, analyze',
      () => spazio.execute('vacuum (analyze)'),
      () => 'visibility map, statistics',
    );
    return { sizes, parts, ...(await databaseSize(spazio)) };
  } finally {
    for (const open of orms.values()) await open.close();
  }
}

function orm(orms: Map<string, MikroORM>, name: string): MikroORM {
  const found = orms.get(name);
  if (!found) throw new Error(`no subgraph ${name}`);
  return found;
}

async function databaseSize(em: MikroORM['em']): Promise<Pick<ScaleReport, 'databaseMiB' | 'schemaMiB'>> {
  const mib = (bytes: string | number) => Number(bytes) / 2 ** 20;
  const [database] = await em.execute<{ bytes: string }[]>('select pg_database_size(current_database()) as bytes');
  const schemas = await em.execute<{ schema: string; bytes: string }[]>(
    `select n.nspname as schema, sum(pg_total_relation_size(c.oid)) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r' and n.nspname in (${subgraphs.map(() => '?').join(', ')}) group by n.nspname order by n.nspname`,
    subgraphs.map((s) => s.databaseSchema),
  );
  return { databaseMiB: mib(database?.bytes ?? 0), schemaMiB: Object.fromEntries(schemas.map((s) => [s.schema, mib(s.bytes)])) };
}

/** The report as lines: each part and its time, the total, the sizes. */
export function reportLines(report: ScaleReport): string[] {
  const total = report.parts.reduce((sum, p) => sum + p.seconds, 0);
  return [
    ...report.parts.map((p) => `  ${p.part.padEnd(44)}${p.seconds.toFixed(1).padStart(7)} s  ${p.wrote}`),
    `  ${'total'.padEnd(44)}${total.toFixed(1).padStart(7)} s`,
    `  database ${report.databaseMiB.toFixed(0)} MiB (${Object.entries(report.schemaMiB)
      .map(([schema, mib]) => `${schema} ${mib.toFixed(0)} MiB`)
      .join(', ')})`,
  ];
}

/**
 * The set goes into a new database only, checked before anything is written: it cannot be taken out
 * again (its audit entries are append-only), so a database that holds the hub's schemas (real data,
 * or a set generated before) is refused untouched. A run that fails leaves a partial set: drop that
 * database and generate into a new one.
 */
async function refuseUnlessNew(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const schemas = subgraphs.map((s) => s.databaseSchema);
    const { rows } = await client.query<{ schema_name: string }>(
      'select schema_name from information_schema.schemata where schema_name = any($1) order by 1',
      [schemas],
    );
    if (rows.length > 0)
      throw new Error(
        `this database holds the hub's data already (${rows.map((r) => r.schema_name).join(', ')}): generate into a new one, since a generated set cannot be removed`,
      );
  } finally {
    await client.end();
  }
}
