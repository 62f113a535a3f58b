/**
 * What a cached answer read, as tags: `group/table` (a table of one subgraph's schema; the group is
 * the subgraph), `group/*` (anything of that subgraph: what it read is not known) or `*` (anything at
 * all). A write is told with the same tags: `group/*` when it is not known which tables it changed.
 */
export const EVERYTHING = '*';

/** The tag of a table of a group, or of the whole group (`table` EVERYTHING). */
export function tagOf(group: string, table: string): string {
  return `${group}/${table}`;
}

/**
 * When each table last changed, on one clock that ticks at every change heard. An answer notes the
 * clock as its request starts and the tags it read; it is still right while none of them changed
 * after that tick. A write heard while the answer was computed ticks past its start, so that answer
 * is never served. The maps hold one number a table of the graph, whatever the traffic.
 */
export class ChangeClock {
  private ticks = 0;
  /** The last tick at which anything may have changed (EVERYTHING written). */
  private everythingAt = 0;
  /** Per group: the last tick at which anything of it changed, and at which all of it may have. */
  private readonly groupAt = new Map<string, number>();
  private readonly wholeGroupAt = new Map<string, number>();
  private readonly tableAt = new Map<string, number>();

  now(): number {
    return this.ticks;
  }

  /** One tick for one write, whatever it changed; none for a write that changed nothing (a dry run, a refused input). */
  changed(tags: Iterable<string>): void {
    const list = [...tags];
    if (list.length === 0) return;
    const at = ++this.ticks;
    for (const tag of list) {
      if (tag === EVERYTHING) {
        this.everythingAt = at;
        continue;
      }
      const [group, table] = split(tag);
      this.groupAt.set(group, at);
      if (table === EVERYTHING) this.wholeGroupAt.set(group, at);
      else this.tableAt.set(tag, at);
    }
  }

  /** Whether nothing an answer tagged `tags` read changed after tick `at`. */
  unchangedSince(at: number, tags: Iterable<string>): boolean {
    if (this.everythingAt > at) return false;
    for (const tag of tags) {
      if (tag === EVERYTHING) {
        if (this.ticks > at) return false;
        continue;
      }
      const [group, table] = split(tag);
      if ((this.wholeGroupAt.get(group) ?? 0) > at) return false;
      if (table === EVERYTHING ? (this.groupAt.get(group) ?? 0) > at : (this.tableAt.get(tag) ?? 0) > at) return false;
    }
    return true;
  }

  /** When each table of `group` last changed, and when all of it (or everything) last may have. */
  ofGroup(group: string): { tables: Record<string, number>; all: number } {
    const tables: Record<string, number> = {};
    const prefix = `${group}/`;
    for (const [tag, at] of this.tableAt) if (tag.startsWith(prefix)) tables[tag.slice(prefix.length)] = at;
    return { tables, all: Math.max(this.everythingAt, this.wholeGroupAt.get(group) ?? 0) };
  }
}

function split(tag: string): [string, string] {
  const slash = tag.indexOf('/');
  return slash < 0 ? [tag, EVERYTHING] : [tag.slice(0, slash), tag.slice(slash + 1)];
}
