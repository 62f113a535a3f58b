import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { AUTHORIZATION_HEADER } from '../server/authorization-header.js';
import { identityProviderOf } from '../server/identity-provider.js';
import { NOT_SENT } from '../server/not-sent.js';
import { CALL_UPLOAD } from '../subgraphs/servizio-civile/import/call-upload.js';
import { Role } from '../subgraphs/shared/auth/viewer.js';
import type { UploadBound } from '../subgraphs/shared/import-upload.js';
import { POINTS_UPLOAD } from '../subgraphs/spazio-comune/import-upload.js';
import { signEmbeddedToken } from './token.js';

/**
 * npm run import -- FILE [--dry-run] [--all] [--replace] [--kind call|leva-civica|points]
 * Sends a published document to the running hub's import mutation, through the gateway, as an
 * admin: the same code as the GraphQL mutations, all or nothing. A points file or a call larger
 * than one request may carry is staged in parts (stagePointsImportPart,
 * stageServizioCivileCallImportPart) and imported as one file, in one transaction. Prints progress, the changes of a dry run (of the first PRINTED_RECORDS records, and
 * how many more; --all prints every one), and the report of what was committed.
 *
 * Exit codes: 0 imported (or a dry run); 1 refused, nothing written; 2 a usage problem, or the hub
 * could not be reached (nothing sent); 3 the outcome is unknown: the import was sent and no answer
 * came back, so it may have been committed (the message says how to find out).
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

/** A dry run of points also lists, per point, each field that would change. */
const POINTS_DRY_RUN = `mutation Import($input: ImportPointsInput!) {
  result: importPoints(input: $input) {
    report { dryRun points created updated unchanged records { pointId line action changes { field from to } } recordsNotListed }
    userErrors { field message code line }
  }
}`;

/** The kinds a hub takes in staged parts: the mutation that stages a part, and what an upload may hold. */
const STAGED: Partial<Record<Kind, { mutation: string; bound: UploadBound }>> = {
  points: {
    mutation: `mutation Stage($input: StagePointsImportPartInput!) {
      result: stagePointsImportPart(input: $input) { uploadId parts characters userErrors { field message code line } }
    }`,
    bound: POINTS_UPLOAD,
  },
  call: {
    mutation: `mutation Stage($input: StageServizioCivileCallImportPartInput!) {
      result: stageServizioCivileCallImportPart(input: $input) { uploadId parts characters userErrors { field message code line } }
    }`,
    bound: CALL_UPLOAD,
  },
};

/**
 * Characters per staged part: a part travels as a JSON string, at most 6 bytes a character
 * (escapes), so 150,000 characters stay under the 1 MB body limit whatever the file holds.
 */
export const PART_CHARACTERS = 150_000;

/**
 * How many records' changes a dry run prints unless --all: a dry run of 10,000 new points lists
 * every field of each (about 5 MB), which is no reading for a terminal; the counts say the rest.
 */
export const PRINTED_RECORDS = 50;

/** How often a long commit says it is still going. */
const PROGRESS_MS = 5_000;

/** What a file holds: by its extension, and for text documents by the programme its first heading names. */
export function kindOf(path: string, text: string): Kind {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.json') return 'points';
  const heading = text.split(/\r?\n/).find((line) => line.trim().length > 0) ?? '';
  return /leva civica/i.test(heading) ? 'leva-civica' : 'call';
}

/** The text cut into parts of at most `size` characters, never inside a surrogate pair. */
export function partsOf(text: string, size = PART_CHARACTERS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

interface UserErrorOut {
  field: string[] | null;
  message: string;
  code: string;
  line: number | null;
}
interface Result {
  report: Record<string, unknown> | null;
  userErrors: UserErrorOut[];
}
interface Change {
  field: string;
  from: unknown;
  to: unknown;
}
interface Body {
  data?: { result: (Result & { uploadId?: string; parts?: number }) | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where the CLI writes: stdout for the report, stderr for progress and problems (tests capture both). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** How a request to the hub ended: an answer, nothing sent (the hub is not there), or sent and no answer. */
type Sent =
  | { kind: 'answer'; status: number; body: Body | null }
  | { kind: 'not-sent'; reason: string }
  | { kind: 'no-answer'; reason: string };

async function send(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Sent> {
  try {
    // No client-side time limit: the gateway bounds a write (HUB_SUBGRAPH_MUTATION_TIMEOUT_MS) and says so.
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [AUTHORIZATION_HEADER]: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      headersTimeout: 0,
      bodyTimeout: 0,
    });
    const text = await response.body.text();
    let body: Body | null = null;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      body = null;
    }
    return { kind: 'answer', status: response.statusCode, body };
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code ?? '';
    const reason = `${(error as Error).message}${code ? ` (${code})` : ''}`;
    return NOT_SENT.has(code) ? { kind: 'not-sent', reason } : { kind: 'no-answer', reason };
  }
}

function show(value: unknown): string {
  return value === null || value === undefined ? '(none)' : JSON.stringify(value);
}

export async function main(
  args: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  io: Output = consoleOutput(),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      kind: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    io.err('usage: npm run import -- FILE [--dry-run] [--all] [--replace] [--kind call|leva-civica|points]');
    return 2;
  }
  const text = await readFile(file, 'utf8');
  const kind = (values.kind as Kind | undefined) ?? kindOf(file, text);
  if (!(kind in MUTATIONS)) {
    io.err(`--kind must be call, leva-civica or points; got ${kind}.`);
    return 2;
  }
  if (values.replace && kind !== 'points') {
    io.err('--replace is for points files.');
    return 2;
  }
  const staged = STAGED[kind];
  if (staged && text.length > staged.bound.maxCharacters) {
    io.err(
      `${file} has ${text.length} characters; one import takes at most ${staged.bound.maxCharacters} (${staged.bound.about}). Split it into smaller files: each is imported on its own, all or nothing.`,
    );
    return 2;
  }
  const dryRun = values['dry-run'] ?? false;
  const url = env.HUB_URL ?? `http://localhost:${env.PORT ?? 4000}/graphql`;
  // With an identity provider, the hub takes its tokens alone: an admin's must be given.
  if (!env.HUB_TOKEN && identityProviderOf(env)) {
    io.err('The hub takes the identity provider’s tokens (HUB_OIDC_ISSUER or HUB_JWKS_URL): set HUB_TOKEN to an admin’s access token.');
    return 2;
  }
  const token = env.HUB_TOKEN ?? (await signEmbeddedToken({ role: Role.ADMIN, municipi: [], ttl: '1h', sub: 'import@local' }));
  const input: Record<string, unknown> = { dryRun };
  if (kind === 'points') {
    input.format = extname(file).toLowerCase() === '.json' ? 'JSON' : 'CSV';
    input.replace = values.replace ?? false;
  }

  io.err(`[import] ${file}: ${text.length} characters, read as ${kind}${dryRun ? ' (dry run: nothing is written)' : ''}`);
  const parts = staged ? partsOf(text) : [text];
  if (parts.length === 1 || !staged) {
    input.document = text;
  } else {
    // Too large for one request: staged in parts, then imported as one file in one transaction.
    const uploadId = randomUUID();
    for (const [index, part] of parts.entries()) {
      const sent = await send(url, token, staged.mutation, { input: { uploadId, index, text: part } });
      const problem = stagingProblem(sent, url);
      if (problem) {
        io.err(`[import] ${problem.message} Nothing was imported.`);
        return problem.code;
      }
      io.err(`[import] sent part ${index + 1} of ${parts.length} (${part.length} characters)`);
    }
    input.uploadId = uploadId;
  }

  io.err(`[import] ${dryRun ? 'checking' : 'importing'} at ${url}…`);
  const started = Date.now();
  const ticker = setInterval(
    () => io.err(`[import] still ${dryRun ? 'checking' : 'importing'}… ${Math.round((Date.now() - started) / 1000)} s`),
    PROGRESS_MS,
  );
  let sent: Sent;
  try {
    sent = await send(url, token, kind === 'points' && dryRun ? POINTS_DRY_RUN : MUTATIONS[kind], { input });
  } finally {
    clearInterval(ticker);
  }
  return report(sent, { url, file, dryRun, all: values.all ?? false, io });
}

function stagingProblem(sent: Sent, url: string): { message: string; code: number } | null {
  if (sent.kind === 'not-sent')
    return { message: `the hub does not answer at ${url} (${sent.reason}). Is it running (npm start)?`, code: 2 };
  if (sent.kind === 'no-answer') return { message: `a part was sent and no answer came back (${sent.reason}).`, code: 1 };
  const result = sent.body?.data?.result;
  const problems = [
    ...(sent.body?.errors ?? []).map((e) => `${e.message} (${e.extensions?.code ?? 'ERROR'})`),
    ...(result?.userErrors ?? []).map((e) => `${e.code}: ${e.message}`),
  ];
  if (problems.length > 0 || !result)
    return { message: `a part could not be staged: ${problems.join('; ') || `HTTP ${sent.status}`}.`, code: 1 };
  return null;
}

function report(sent: Sent, context: { url: string; file: string; dryRun: boolean; all: boolean; io: Output }): number {
  const { url, file, dryRun, all, io } = context;
  const unknown = (why: string) => {
    if (dryRun) {
      io.err(`[import] ${why}. A dry run writes nothing: run it again.`);
      return 1;
    }
    io.err(`[import] outcome unknown: ${why}. The import may have been committed.`);
    io.err(
      `[import] check before sending it again: npm run import -- ${file} --dry-run reports nothing to create or update if it was committed (or read the records' version and history).`,
    );
    return 3;
  };
  if (sent.kind === 'not-sent') {
    io.err(`[import] the hub does not answer at ${url} (${sent.reason}). Is it running (npm start)? Nothing was sent.`);
    return 2;
  }
  if (sent.kind === 'no-answer') return unknown(`the file was sent and the connection ended without an answer (${sent.reason})`);
  const body = sent.body;
  if (!body || (!body.data && !body.errors)) return unknown(`the hub answered HTTP ${sent.status} without a GraphQL answer`);
  const errors = body.errors ?? [];
  const outcomeUnknown = errors.find((e) => e.extensions?.code === 'WRITE_OUTCOME_UNKNOWN');
  if (outcomeUnknown) return unknown(outcomeUnknown.message);
  const result = body.data?.result;
  if (errors.length > 0 || !result) {
    // The import ran in one transaction, which these errors rolled back.
    for (const error of errors) io.err(`[import] refused: ${error.message} (${error.extensions?.code ?? 'ERROR'})`);
    io.err('[import] nothing was imported.');
    return 1;
  }
  for (const error of result.userErrors) io.err(`[import] ${error.code}${error.line ? ` at line ${error.line}` : ''}: ${error.message}`);
  if (result.userErrors.length > 0 || !result.report) {
    io.err(`[import] nothing was imported (${result.userErrors.length} problem${result.userErrors.length === 1 ? '' : 's'}).`);
    return 1;
  }
  const { warnings, records, recordsNotListed, ...counts } = result.report as {
    warnings?: string[];
    records?: { pointId: string; line: number; action: string; changes: Change[] }[];
    recordsNotListed?: number;
  };
  for (const warning of warnings ?? []) io.err(`[import] warning: ${warning}`);
  const shown = all ? (records ?? []) : (records ?? []).slice(0, PRINTED_RECORDS);
  for (const record of shown) {
    io.out(`line ${record.line} ${record.pointId}: ${record.action === 'CREATED' ? 'created' : 'updated'}`);
    for (const change of record.changes) io.out(`  ${change.field}: ${show(change.from)} → ${show(change.to)}`);
  }
  const listed = records?.length ?? 0;
  const rest = listed - shown.length + (recordsNotListed ?? 0);
  // The report lists the first 1,000 records: --all prints those, the counts say the rest.
  const hint = recordsNotListed ? `the report lists the first ${listed}, --all prints those` : '--all prints them';
  if (rest > 0) io.out(`… and ${rest} more record${rest === 1 ? '' : 's'} that would change (${hint})`);
  io.out(
    Object.entries(counts)
      .map(([key, value]) => `${key}: ${value}`)
      .join(', '),
  );
  return 0;
}

function consoleOutput(): Output {
  return { out: (line) => console.log(line), err: (line) => console.error(line) };
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await main());
