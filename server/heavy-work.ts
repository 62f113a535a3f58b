import { integer, onOff } from './config.js';
import { CostBuckets, secondsUntil } from './rate-limits.js';

/**
 * Admission of heavy work, for every client at once: the rate limits share the CPU out between
 * clients, but an attacker with many addresses — or many clients at once — could still keep the CPU
 * busy with the dearest documents the limits let through, each of which takes about a second of a
 * subgraph's CPU (a page of 100 points with their next opening change, the nine boundaries four times
 * over). So documents whose estimated cost is at least HUB_HEAVY_COST share one bucket of work
 * (HUB_HEAVY_WORK_POINTS, refilled at HUB_HEAVY_WORK_RESTORE points a second, settled by their actual
 * cost like the rate limits): past it, a heavy document waits its turn, first come first served, on a
 * timer that costs no CPU, and is answered 503 SERVER_BUSY with Retry-After when its turn does not come
 * within HUB_HEAVY_WORK_WAIT_MS or when HUB_HEAVY_WORK_QUEUE documents already wait. Cheap documents
 * (a page of 20 points costs 32) never wait: an app's reads are served beside any flood of heavy work.
 */
export interface HeavyWorkLimits {
  /** HUB_HEAVY_WORK: on (default) or off. */
  enabled: boolean;
  /** HUB_HEAVY_COST: the estimated cost from which a document is heavy. */
  threshold: number;
  /** HUB_HEAVY_WORK_POINTS: the bucket, at least HUB_MAX_COST so that any document admitted can run. */
  points: number;
  /** HUB_HEAVY_WORK_RESTORE: points given back each second. */
  restorePerSecond: number;
  /** HUB_HEAVY_WORK_WAIT_MS: how long a heavy document may wait for its turn. */
  maxWaitMs: number;
  /** HUB_HEAVY_WORK_QUEUE: how many heavy documents may wait at once. */
  maxWaiting: number;
}

/**
 * The defaults: 5,000 points a second is about a twentieth of the two cores these machines have (a
 * document of 57,000 points took 1.1 s of a subgraph's CPU); the bucket holds one of the dearest
 * documents the cost limit allows (HUB_MAX_COST, 80,000) — so only one or two of those run at once, and
 * their answers held in the gateway's heap stay few — or a burst of the hub's own heavy readers (settled
 * at their actual cost, a few hundred points each), so a dashboard or a directory read is never kept
 * waiting when nobody floods the hub.
 */
export function heavyWorkFromEnv(env: Record<string, string | undefined> = process.env): HeavyWorkLimits {
  return {
    enabled: onOff(env, 'HUB_HEAVY_WORK', true),
    threshold: integer(env, 'HUB_HEAVY_COST', 5_000, 1, 100_000_000),
    points: integer(env, 'HUB_HEAVY_WORK_POINTS', 100_000, 1, 1_000_000_000),
    restorePerSecond: integer(env, 'HUB_HEAVY_WORK_RESTORE', 5_000, 1, 1_000_000_000),
    maxWaitMs: integer(env, 'HUB_HEAVY_WORK_WAIT_MS', 5_000, 0, 600_000),
    maxWaiting: integer(env, 'HUB_HEAVY_WORK_QUEUE', 64, 0, 100_000),
  };
}

/** Admitted (settle it with the actual cost once known), or not, with the seconds to wait. */
export type Admission = { ok: true; settle(actual: number): void } | { ok: false; retryAfterSeconds: number };

interface Waiting {
  cost: number;
  deadline: number;
  admit(admission: Admission): void;
}

const KEY = 'heavy work';

export class HeavyWork {
  private readonly bucket: CostBuckets;
  private readonly queue: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly limits: HeavyWorkLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.bucket = new CostBuckets({ points: limits.points, restorePerSecond: limits.restorePerSecond, maxClients: 1 }, now);
  }

  /** How many heavy documents wait for their turn. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Admits a document of this estimated cost now, after its turn comes, or not at all. */
  admit(cost: number): Promise<Admission> {
    if (!this.limits.enabled || cost < this.limits.threshold) return Promise.resolve({ ok: true, settle: () => {} });
    if (this.queue.length >= this.limits.maxWaiting && !this.fitsNow(cost)) return Promise.resolve(this.refusal(cost));
    return new Promise((admit) => {
      this.queue.push({ cost, deadline: this.now() + this.limits.maxWaitMs, admit });
      this.pump();
    });
  }

  /** Stops the timer (the server is stopping); whoever waits is refused. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const waiting of this.queue.splice(0)) waiting.admit(this.refusal(waiting.cost));
  }

  private fitsNow(cost: number): boolean {
    return this.queue.length === 0 && this.bucket.status(KEY).currentlyAvailable >= Math.min(cost, this.limits.points);
  }

  /** Admits from the head of the queue while the bucket allows, refuses whoever waited too long, and sleeps until the next turn. */
  private pump(): void {
    // Turns first: a document whose turn has come is admitted, however long it waited.
    let head = this.queue[0];
    while (head && this.bucket.take(KEY, Math.min(head.cost, this.limits.points)).ok) {
      const charged = Math.min(head.cost, this.limits.points);
      this.queue.shift();
      head.admit({ ok: true, settle: (actual) => this.settle(charged, actual) });
      head = this.queue[0];
    }
    const now = this.now();
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const waiting = this.queue[i];
      if (waiting && waiting.deadline <= now) {
        this.queue.splice(i, 1);
        waiting.admit(this.refusal(waiting.cost));
      }
    }
    head = this.queue[0];
    if (!head || this.timer) return;
    const available = this.bucket.status(KEY).currentlyAvailable;
    const untilTurn = ((Math.min(head.cost, this.limits.points) - available) / this.limits.restorePerSecond) * 1000;
    const untilDeadline = Math.max(0, Math.min(...this.queue.map((w) => w.deadline)) - now);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.pump();
      },
      Math.max(1, Math.min(untilTurn, untilDeadline + 1)),
    );
    this.timer.unref();
  }

  private settle(charged: number, actual: number): void {
    this.bucket.settle(KEY, charged, Math.min(actual, this.limits.points));
    // What was given back may be someone's turn.
    if (this.queue.length === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pump();
  }

  private refusal(cost: number): Admission {
    const available = this.bucket.status(KEY).currentlyAvailable;
    const waitingCost = this.queue.reduce((sum, w) => sum + Math.min(w.cost, this.limits.points), 0);
    return { ok: false, retryAfterSeconds: Math.max(1, secondsUntil(waitingCost + cost, available, this.limits.restorePerSecond)) };
  }
}
