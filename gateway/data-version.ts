import { Agent, request } from 'undici';
import { logger } from '../server/logger.js';
import { CHANGES_PATH, GRAPHQL_PATH } from '../server/paths.js';
import { type ChangeState, type DataVersion, versionOf } from '../server/response-cache.js';
import { ChangeClock, EVERYTHING, tagOf } from '../server/response-cache-clock.js';

/** Three missed heartbeats (subgraphs/shared/change-stream.ts): the stream is taken for dead. */
const SILENCE_MS = 30_000;

/**
 * The data version of one subgraph, followed over its /changes stream. Unknown (null) until the
 * stream answers, while the subgraph cannot hear its own writes, and from the moment the stream
 * breaks until it is open again. Each state it tells is compared with the one before: the tables
 * whose generation moved changed (`clock`, tagged `subgraph/table`); a new instance, a new stream,
 * a reconnection of its LISTEN or a state without tables (an older subgraph) changed all of it.
 */
export class SubgraphVersion {
  private state: ChangeState | null = null;
  private controller: AbortController | null = null;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly agent: Agent,
    private readonly clock = new ChangeClock(),
  ) {}

  private heard(next: ChangeState): void {
    const before = this.state;
    this.state = next;
    if (!before || before.instance !== next.instance || !before.tables || !next.tables || before.all !== next.all) {
      this.clock.changed([tagOf(this.name, EVERYTHING)]);
      return;
    }
    if (before.generation === next.generation) return;
    const moved: string[] = [];
    for (const [table, at] of Object.entries(next.tables)) if (before.tables[table] !== at) moved.push(tagOf(this.name, table));
    // A generation that moved with no table: not understood, so all of it.
    this.clock.changed(moved.length > 0 ? moved : [tagOf(this.name, EVERYTHING)]);
  }

  current(): string | null {
    return versionOf(this.state);
  }

  start(): void {
    void this.follow(500);
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
  }

  private async follow(retryMs: number): Promise<void> {
    while (!this.stopped) {
      this.controller = new AbortController();
      try {
        const response = await request(this.url, {
          dispatcher: this.agent,
          signal: this.controller.signal,
          bodyTimeout: SILENCE_MS,
        });
        if (response.statusCode !== 200) {
          await response.body.dump();
          throw new Error(`answered ${response.statusCode}`);
        }
        let buffer = '';
        for await (const chunk of response.body) {
          buffer += chunk.toString();
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (event.startsWith('data: ')) this.heard(JSON.parse(event.slice(6)) as ChangeState);
            end = buffer.indexOf('\n\n');
          }
          retryMs = 500;
        }
      } catch (error) {
        if (!this.stopped) logger.warn({ service: 'gateway', subgraph: this.name, err: (error as Error).message }, 'change stream lost');
      }
      this.state = null;
      if (this.stopped) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs).unref());
      retryMs = Math.min(retryMs * 2, 10_000);
    }
  }
}

/**
 * The version of the whole graph's data, for the gateway's response cache: one clock that ticks at
 * every change any subgraph's stream tells, and at every mutation this gateway has answered (what
 * its subgraphs say they wrote, so that their callers read it before the subgraph's stream says so).
 * Tags are `subgraph/table` (server/response-cache-clock.ts). Unknown while any subgraph's is.
 *
 * The stream comes from one replica of a subgraph; its fetches may reach another, which may not
 * have heard the latest write yet. So an answer a subgraph gave from its cache is kept by the
 * gateway only if it was kept at the version followed (`isCurrent`, see CACHED_AT_HEADER); a
 * subgraph's fresh answer (no header) was read after the write was heard, and may be kept.
 */
export class GraphVersion implements DataVersion {
  private readonly agent = new Agent({ keepAliveTimeout: 4_000 });
  private readonly subgraphs = new Map<string, SubgraphVersion>();
  private readonly clock = new ChangeClock();

  /** Follows one more subgraph, given its GraphQL URL (called as the gateway builds its data sources). */
  follow(name: string, graphqlUrl: string): void {
    const subgraph = new SubgraphVersion(name, changesUrl(graphqlUrl), this.agent, this.clock);
    this.subgraphs.set(name, subgraph);
    subgraph.start();
  }

  /** Whether `version` (a subgraph's x-hub-cached-at) is the one the gateway follows for that subgraph now. */
  isCurrent(name: string, version: string): boolean {
    return this.subgraphs.get(name)?.current() === version;
  }

  now(): number | null {
    for (const subgraph of this.subgraphs.values()) if (subgraph.current() === null) return null;
    return this.clock.now();
  }

  /** The version as a string (fetches in flight are shared only at the same one), or null while unknown. */
  current(): string | null {
    return this.now()?.toString() ?? null;
  }

  tag(): string | null {
    return this.current();
  }

  unchangedSince(at: number, tags: readonly string[]): boolean {
    return this.clock.unchangedSince(at, tags);
  }

  written(tags: readonly string[]): void {
    this.clock.changed(tags);
  }

  async stop(): Promise<void> {
    for (const subgraph of this.subgraphs.values()) subgraph.stop();
    await this.agent.close();
  }
}

/** http://host:4001/graphql → http://host:4001/changes */
function changesUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.endsWith(GRAPHQL_PATH) ? url.pathname.slice(0, -GRAPHQL_PATH.length) + CHANGES_PATH : CHANGES_PATH;
  return url.toString();
}
