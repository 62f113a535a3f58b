import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { READY_PATH } from '../../server/paths.js';
import { SUBGRAPHS, variablePrefix } from '../../server/subgraph-list.js';
import { freePort } from '../embedded-postgres.js';

/**
 * Seconds from `npm start` until the gateway answers READY_PATH with every subgraph up (`ready`, not
 * `degraded`), for `runs` starts one after the
 * other on one data folder: the first makes the folder, the others find everything in place.
 */
export async function timeNpmStart(root: string, dataDir: string, runs: number): Promise<number[]> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HUB_DATA_DIR: `${dataDir}/postgres`,
      HUB_KEYS_DIR: `${dataDir}/keys`,
    };
    delete env.DATABASE_URL;
    for (const subgraph of SUBGRAPHS) env[`${variablePrefix(subgraph.name)}_PORT`] = String(await freePort());
    const began = performance.now();
    // Its own process group, so that one signal stops npm, the hub and what the hub started.
    const hub = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: 'ignore' });
    try {
      await readyAt(`http://127.0.0.1:${port}${READY_PATH}`, hub);
      seconds.push((performance.now() - began) / 1000);
    } finally {
      await stop(hub);
    }
  }
  return seconds;
}

async function readyAt(url: string, hub: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if (hub.exitCode !== null) throw new Error(`npm start exited with code ${hub.exitCode}`);
    const ready = await fetch(url).then(
      async (response) => response.ok && ((await response.json()) as { status?: string }).status === 'ready',
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('npm start was not ready within two minutes');
}

function stop(hub: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hub.exitCode !== null || !hub.pid) return resolve();
    hub.once('exit', () => resolve());
    process.kill(-hub.pid, 'SIGINT');
  });
}
