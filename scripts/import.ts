import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '../subgraphs/shared/auth/viewer.js';
import { signEmbeddedToken } from './token.js';

/**
 * npm run import -- FILE [--dry-run] [--kind call|leva-civica|points]
 * Sends a published document to the running hub's import mutation, through the gateway, as an
 * admin: the same code as the GraphQL mutations, all or nothing. Prints progress and a summary;
 * exits 1 when the document is refused, 2 on a usage or connection problem.
 */

type Kind = 'call' | 'leva-civica' | 'points';

const MUTATIONS: Record<Kind, string> = {
  call: `mutation Import($input: ImportServizioCivileCallInput!) {
    result: importServizioCivileCall(input: $input) {
      report { year dryRun placements created updated unchanged warnings }
      userErrors { field message code line }
    }
  }`,
  'leva-civica': `mutation Import($input: ImportLevaCivicaProjectInput!) {
    result: importLevaCivicaProject(input: $input) {
      report { title dryRun places created updated unchanged warnings }
      userErrors { field message code line }
    }
  }`,
  points: `mutation Import($input: ImportPointsInput!) {
    result: importPoints(input: $input) {
      report { dryRun points created updated unchanged }
      userErrors { field message code line }
    }
  }`,
};

/** What a file holds: by its extension, and for text documents by the programme its first heading names. */
export function kindOf(path: string, text: string): Kind {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.json') return 'points';
  const heading = text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? '';
  return /leva civica/i.test(heading) ? 'leva-civica' : 'call';
}

interface Result {
  report: Record<string, unknown> | null;
  userErrors: { field: string[] | null; message: string; code: string; line: number | null }[];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { 'dry-run': { type: 'boolean', default: false }, kind: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error('usage: npm run import -- FILE [--dry-run] [--kind call|leva-civica|points]');
    return 2;
  }
  const text = await readFile(file, 'utf8');
  const kind = (values.kind as Kind | undefined) ?? kindOf(file, text);
  if (!(kind in MUTATIONS)) {
    console.error(`--kind must be call, leva-civica or points; got ${kind}.`);
    return 2;
  }
  const url = process.env.HUB_URL ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`;
  const token = process.env.HUB_TOKEN ?? (await signEmbeddedToken({ role: Role.ADMIN, municipi: [], ttl: '5m', sub: 'import@local' }));
  const input: Record<string, unknown> = { document: text, dryRun: values['dry-run'] };
  if (kind === 'points') input.format = extname(file).toLowerCase() === '.json' ? 'JSON' : 'CSV';

  console.error(`[import] ${file}: ${text.length} characters, read as ${kind}${values['dry-run'] ? ' (dry run: nothing is written)' : ''}`);
  console.error(`[import] sending to ${url}…`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: MUTATIONS[kind], variables: { input } }),
    });
  } catch (error) {
    console.error(`[import] the hub does not answer at ${url} (${(error as Error).message}). Is it running (npm start)?`);
    return 2;
  }
  const body = (await response.json()) as {
    data?: { result: Result | null };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    for (const error of body.errors) console.error(`[import] refused: ${error.message} (${error.extensions?.code ?? 'ERROR'})`);
    return 1;
  }
  const result = body.data?.result;
  if (!result) return 1;
  for (const error of result.userErrors) {
    console.error(`[import] ${error.code}${error.line ? ` at line ${error.line}` : ''}: ${error.message}`);
  }
  if (result.userErrors.length > 0 || !result.report) {
    console.error(`[import] nothing was imported (${result.userErrors.length} problem${result.userErrors.length === 1 ? '' : 's'}).`);
    return 1;
  }
  const { warnings, ...counts } = result.report as { warnings?: string[] };
  for (const warning of warnings ?? []) console.error(`[import] warning: ${warning}`);
  console.log(
    Object.entries(counts)
      .map(([key, value]) => `${key}: ${value}`)
      .join(', '),
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await main());
