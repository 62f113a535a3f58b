import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../scripts/embedded-postgres.js';
import { READY_PATH } from '../server/paths.js';
import { SUBGRAPHS } from '../server/subgraph-list.js';
import { operation, post, root } from './support/hub.js';

// `npm start` as a user runs it: built and bundled code, the embedded PostgreSQL, three subgraph processes and
// the gateway; a killed subgraph costs only its part and is restarted; SIGINT stops everything,
// leaving no process behind.

let hub: ChildProcess;
let output = '';
let gatewayUrl = '';
const dataDir = mkdtempSync(`${tmpdir()}/milano-start-`);
const keysDir = `${dataDir}-keys`;

/** ps lists the children of a process; it exits 1 when there are none. */
function children(pid: number, format = 'pid='): string[] {
  try {
    return execFileSync('ps', ['-o', format, '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

function descendants(pid: number): number[] {
  return children(pid)
    .map(Number)
    .flatMap((child) => [child, ...descendants(child)]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs the built `npm start` on free ports and waits until it says it is running. */
async function launch(env: Record<string, string | undefined>): Promise<{ hub: ChildProcess; gatewayUrl: string }> {
  const [gateway, servizio, leva, spazio] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  output = '';
  const child = spawn(process.execPath, [`${root}/dist/scripts/start.js`], {
    cwd: root,
    env: {
      ...env,
      PORT: String(gateway),
      SERVIZIO_CIVILE_PORT: String(servizio),
      LEVA_CIVICA_PORT: String(leva),
      SPAZIO_COMUNE_PORT: String(spazio),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk) => {
      output += chunk;
    });
  }
  await waitFor(() => output.includes('Press Ctrl-C to stop.'), 150_000, 'the hub to start');
  return { hub: child, gatewayUrl: `http://localhost:${gateway}/graphql` };
}

beforeAll(async () => {
  execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.build.json`], { cwd: root });
  // npm start runs the bundles that npm run build makes last.
  execFileSync(process.execPath, [`${root}/node_modules/rolldown/bin/cli.mjs`, '-c', 'scripts/bundle.config.mjs'], {
    cwd: root,
    stdio: 'ignore',
  });
  const { DATABASE_URL: _external, ...env } = process.env;
  ({ hub, gatewayUrl } = await launch({ ...env, HUB_DATA_DIR: dataDir, HUB_KEYS_DIR: keysDir }));
});

afterAll(() => {
  if (hub && hub.exitCode === null) hub.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(keysDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('prints the URLs and answers the contract through the gateway', async () => {
    expect(output).toContain(gatewayUrl);
    const response = await post(gatewayUrl, await operation('ServizioCivileCall'), { year: 2022 });
    expect(response.body.data?.servizioCivileCall.totalVolunteers).toBe(10);
  });

  it('accepts the token that npm run token prints, and refuses it once it expires', async () => {
    const env = { ...process.env, HUB_KEYS_DIR: keysDir };
    const token = (args: string[]) => execFileSync(process.execPath, [`${root}/dist/scripts/token.js`, ...args], { env, encoding: 'utf8' });
    const printed = token(['--role', 'editor', '--municipio', '2', '--ttl', '2s']);
    expect(printed).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const history = await operation('PointHistory');
    const page = await post(gatewayUrl, '{ points(first: 1, filter: { municipio: 2 }) { edges { node { id } } } }');
    const id: string = page.body.data?.points.edges[0].node.id;
    const headers = { authorization: `Bearer ${printed.trim()}` };
    const allowed = await post(gatewayUrl, history, { id, first: 5 }, headers);
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.data?.point.history.totalCount).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2000 + 5000 + 500)); // the TTL, and the verifiers' clock tolerance
    const expired = await post(gatewayUrl, history, { id, first: 5 }, headers);
    expect(expired.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(() => token(['--role', 'boss'])).toThrow();
  });

  it('imports a published call with npm run import, and refuses a document that is not a call', () => {
    const env = { ...process.env, HUB_KEYS_DIR: keysDir, HUB_URL: gatewayUrl };
    const run = (args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, [`${root}/dist/scripts/import.js`, ...args], { env, encoding: 'utf8', stdio: 'pipe' }),
        };
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        return { code: failed.status, out: `${failed.stdout}${failed.stderr}` };
      }
    };
    const seeds = `${root}/test/fixtures/seeds`;
    const call = run([`${seeds}/servizio-civile-bando-2022.md`]);
    expect(call).toEqual({ code: 0, out: expect.stringContaining('year: 2022, dryRun: false, placements: 7, created: 0, updated: 0') });
    const dry = run([`${seeds}/leva-civica-coesione-sociale.md`, '--dry-run']);
    expect(dry).toEqual({ code: 0, out: expect.stringContaining('created: 0, updated: 0, unchanged: 2') });
    const refused = run([`${seeds}/spazio-comune-schede-tecniche.md`, '--kind', 'call']);
    expect(refused.code).toBe(1);
  });

  it('isolates a killed subgraph: the others answer through the gateway, which stays ready, and it is restarted', async () => {
    const ready = async () => {
      const response = await fetch(gatewayUrl.replace('/graphql', READY_PATH));
      return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, string> } };
    };
    const processes = children(hub.pid as number, 'pid=,args=');
    const pidOf = (name: string) =>
      Number(
        processes
          .find((line) => line.includes(`dist/bundle/${name}.js`))
          ?.trim()
          .split(/\s+/)[0],
      );
    // One process per subgraph.
    expect(new Set(SUBGRAPHS.map((s) => pidOf(s.name))).size).toBe(SUBGRAPHS.length);
    const killed = pidOf('leva-civica');
    process.kill(killed, 'SIGKILL');
    await waitFor(() => output.includes('leva-civica stopped unexpectedly'), 10_000, 'the death to be reported');
    expect(alive(pidOf('servizio-civile')) && alive(pidOf('spazio-comune'))).toBe(true);
    // Until it is back (its new process takes a second or more to load), the gateway is degraded but
    // ready, and serves the other two subgraphs' parts.
    expect(await ready()).toMatchObject({
      status: 200,
      body: { status: 'degraded', checks: { 'servizio-civile': 'ok', 'spazio-comune': 'ok', 'leva-civica': 'does not answer' } },
    });
    const call = await post(gatewayUrl, await operation('ServizioCivileCall'), { year: 2022 });
    expect(call.body.data?.servizioCivileCall.totalVolunteers).toBe(10);
    const network = await post(gatewayUrl, await operation('NetworkHealth'));
    expect(network.body.errors).toBeUndefined();
    await waitFor(() => output.split('leva-civica ready at').length > 2, 30_000, 'leva-civica to come back');
    const back = await post(gatewayUrl, await operation('LevaCivicaProjects'));
    expect(back.body.data?.levaCivicaProjects[0].title).toBe('La coesione sociale');
    expect((await ready()).body.status).toBe('ready');
    expect(alive(killed)).toBe(false);
  });

  it('stops everything on SIGINT, the database included', async () => {
    const processes = descendants(hub.pid as number);
    expect(processes.length).toBeGreaterThanOrEqual(5); // three subgraphs, the gateway, PostgreSQL
    const exited = new Promise<number | null>((resolve) => hub.once('exit', (code) => resolve(code)));
    hub.kill('SIGINT');
    expect(await exited).toBe(0);
    await waitFor(() => processes.every((pid) => !alive(pid)), 15_000, 'every child process to exit');
    expect(output).toContain('[hub] stopped.');
  });
});

describe('npm start killed outright', () => {
  it('leaves no subgraph or gateway behind when the hub itself is killed (SIGKILL)', async () => {
    // On an external database, so that PostgreSQL is not the hub's to stop.
    const killed = await launch({ ...process.env, DATABASE_URL: inject('databaseUrl') });
    const children = descendants(killed.hub.pid as number);
    expect(children.length).toBe(4); // three subgraphs and the gateway
    killed.hub.kill('SIGKILL');
    await waitFor(() => children.every((pid) => !alive(pid)), 15_000, 'the orphaned children to exit');
  });
});
