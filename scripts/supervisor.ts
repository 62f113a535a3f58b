import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServiceSpec {
  name: string;
  script: string;
  env: Record<string, string>;
  /** Ready when every one of these answers 200 (and, when given, a JSON body that `ready` accepts). */
  healthUrls: string[];
  ready?: (body: unknown) => boolean;
}

/** After a death, the next start waits this long, doubling with each death in the same minute. */
const FIRST_RESTART_DELAY_MS = 100;

/**
 * Runs one Node service as a child process: prefixes its output with its name, waits for its
 * health URL, and restarts it when it dies (reporting each death), until stop() is called. A first
 * death is restarted at once, so that a killed subgraph is back within seconds; repeated deaths
 * wait longer each time, and more than 5 in a minute stop the restarts.
 */
export class Supervised {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restarts: number[] = [];

  constructor(private readonly spec: ServiceSpec) {}

  async start(timeoutMs = 90_000): Promise<void> {
    this.launch();
    await Promise.all(
      this.spec.healthUrls.map((url) => waitForHealth(url, timeoutMs, () => this.child?.exitCode !== null, this.spec.ready)),
    );
  }

  private launch(): void {
    const child = spawn(process.execPath, [this.spec.script], {
      env: { ...process.env, ...this.spec.env },
      // The IPC channel closes when the hub dies, however it dies: the child then stops too.
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${this.spec.name}] ${line}`));
    }
    child.on('exit', (code, signal) => {
      // A Ctrl-C reaches the whole process group: give the hub's own stop() a moment to claim it.
      setTimeout(() => this.onExit(code, signal), 300);
    });
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    console.error(`[hub] ${this.spec.name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < 60_000), now];
    if (this.restarts.length > 5) {
      console.error(`[hub] ${this.spec.name} died more than 5 times in a minute; not restarting it.`);
      return;
    }
    console.error(`[hub] restarting ${this.spec.name}…`);
    setTimeout(
      () => {
        if (!this.stopping) this.launch();
      },
      FIRST_RESTART_DELAY_MS * 2 ** (this.restarts.length - 1),
    );
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Polls a health URL until it answers 200 (with a body `ready` accepts), the process dies, or the time runs out. */
export async function waitForHealth(
  url: string,
  timeoutMs: number,
  died: () => boolean = () => false,
  ready: (body: unknown) => boolean = () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (died()) throw new Error(`the service behind ${url} exited before it was ready`);
    try {
      const response = await fetch(url);
      if (response.ok && ready(await response.json().catch(() => null))) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}
