import type { RunOperation } from '../graph.js';
import { buildDirectory, type DirectoryService } from './directory.js';
import {
  type GraphCall,
  type GraphOutline,
  type GraphProgrammes,
  type GraphProject,
  MAX_SKIP,
  readCallPlacements,
  readCallProjects,
  readProjectByHsdsId,
} from './directory-query.js';

/**
 * The programmes' part of an HSDS list, read as its page needs it: the shared services, each call's
 * projects (newest call first, by id) and the Leva Civica projects, in that order. The outline gives
 * how many projects (services) and placements (services at locations) each call holds, so a page
 * finds from the counts alone which calls and offsets it covers and reads only those projects, and
 * the totals are exact however many projects the calls hold (a national call has 3,000).
 */

/** Where a slice [from, from + size) of a list made of runs of `counts` items lies: per run reached, how many to pass over and take. */
export function sliceOf(counts: number[], from: number, size: number): { run: number; skip: number; first: number }[] {
  const parts: { run: number; skip: number; first: number }[] = [];
  let start = 0;
  for (const [run, count] of counts.entries()) {
    const low = Math.max(start, from);
    const high = Math.min(start + count, from + size);
    if (high > low) parts.push({ run, skip: low - start, first: high - low });
    start += count;
  }
  return parts;
}

export interface ProgrammeFilter {
  /** Whether a shared service's or Leva Civica project's service is kept (matched here: they are a few dozen). */
  wanted: (s: DirectoryService) => boolean;
  /** Whether a call's projects are kept (by taxonomy term and organization: a call has one body). */
  callKept: (call: GraphCall) => boolean;
  /** The search words, which the graph looks for in the projects' titles; null for none. */
  search: string | null;
}

/** The directory of these programmes alone (the outline's calls with the projects given, or none). */
const directoryOf = (outline: GraphOutline, parts: Partial<GraphProgrammes>) =>
  buildDirectory([], {
    wemiCategories: outline.wemiCategories,
    sharedServices: [],
    servizioCivileCalls: [],
    levaCivicaProjects: [],
    ...parts,
  });

/**
 * `size` items from `from` of the programmes' items a list keeps (services, or services at locations:
 * `perService`, `onePerService` telling which), how many it keeps in all, or `deep` when the page
 * lies more than MAX_SKIP items into one call (the graph's skip stops there, as for the points).
 */
export async function programmeItems<T>(
  run: RunOperation,
  outline: GraphOutline,
  filter: ProgrammeFilter,
  perService: (s: DirectoryService) => T[],
  onePerService: boolean,
  from: number,
  size: number,
): Promise<{ total: number; items: T[]; deep: boolean }> {
  const shared = directoryOf(outline, { sharedServices: outline.sharedServices }).services.filter(filter.wanted).flatMap(perService);
  const leva = directoryOf(outline, { levaCivicaProjects: outline.levaCivicaProjects }).services.filter(filter.wanted).flatMap(perService);
  const calls = outline.servizioCivileCalls.filter(filter.callKept);
  const counts = [shared.length, ...calls.map((c) => (onePerService ? c.projectCount : c.placementCount) ?? 0), leva.length];
  const total = counts.reduce((sum, n) => sum + n, 0);
  const parts = size > 0 ? sliceOf(counts, from, size) : [];
  if (parts.some((p) => p.skip > MAX_SKIP)) return { total, items: [], deep: true };
  const read = await Promise.all(
    parts.map(async ({ run: index, skip, first }): Promise<T[]> => {
      if (index === 0) return shared.slice(skip, skip + first);
      if (index === counts.length - 1) return leva.slice(skip, skip + first);
      const call = calls[index - 1] as GraphCall;
      const slice = { first, skip, search: filter.search };
      const projects = onePerService
        ? await readCallProjects(run, call, { ...slice, placements: false })
        : projectsOfPlacements(await readCallPlacements(run, call, slice));
      const items = directoryOf(outline, { servizioCivileCalls: [{ ...call, projects }] }).services.flatMap(perService);
      // The graph answers what it holds now: a call that lost projects since its count gives fewer.
      return items.slice(0, first);
    }),
  );
  return { total, items: read.flat(), deep: false };
}

/** Placements in the order of the call as their projects, each with the run of its placements that follow one another. */
function projectsOfPlacements(placements: Awaited<ReturnType<typeof readCallPlacements>>): GraphProject[] {
  const projects: GraphProject[] = [];
  for (const { project, ...placement } of placements) {
    const last = projects.at(-1);
    if (last?.id === project.id) last.placements?.push(placement);
    else projects.push({ ...project, placements: [placement] });
  }
  return projects;
}

/**
 * A record of a programme's service by its HSDS id (`pick` finds it in a directory): the shared
 * services and Leva Civica projects from the outline, else the project the graph finds by that id
 * (ServizioCivileCall.projects(hsdsIds): HSDS ids are hashes of ours, so servizio-civile hashes its
 * project ids, and only if none matches its placements' project and site, without reading a project
 * that does not match), with every one of its sites.
 */
export async function programmeRecord<R>(
  run: RunOperation,
  outline: GraphOutline,
  id: string,
  pick: (found: ReturnType<typeof buildDirectory>) => R | undefined,
): Promise<R | undefined> {
  const inOutline = pick(directoryOf(outline, { sharedServices: outline.sharedServices, levaCivicaProjects: outline.levaCivicaProjects }));
  if (inOutline !== undefined) return inOutline;
  return pick(directoryOf(outline, { servizioCivileCalls: await readProjectByHsdsId(run, id) }));
}
