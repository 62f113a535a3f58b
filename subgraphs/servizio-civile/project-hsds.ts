import { v5 } from 'uuid';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';

/**
 * A project by the HSDS id of its service or of its service at one of its sites
 * (ServizioCivileCall.projects(hsdsIds)), for the HSDS API's records by id. Those ids are UUID v5 of
 * our ids (gateway/hsds/ids.ts, whose namespace this repeats: no subgraph imports the gateway), a
 * hash, so the candidates are computed: the call's project ids are read (ids only, from the index)
 * and hashed, and only when none matches, its placements' (project, site) pairs. A national call:
 * 3,000 ids, 70,000 pairs. test/hsds-programmes.spec.ts finds records by the gateway's ids.
 */

const NAMESPACE = v5('https://github.com/comune-di-milano/milano-municipal-graph/hsds', v5.URL);
const hsdsId = (kind: string, id: string): string => v5(`${kind}:${id}`, NAMESPACE);

/** At most this many ids (as PointFilter.hsdsIds). */
export const MAX_HSDS_IDS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function checkHsdsIds(ids: string[]): string[] {
  if (ids.length > MAX_HSDS_IDS) throw badUserInput(`hsdsIds takes at most ${MAX_HSDS_IDS} ids.`, 'hsdsIds');
  return ids.map((id) => id.toLowerCase()).filter((id) => UUID.test(id));
}

/** The ids of the projects of each call one of whose HSDS records has one of `ids`, in one or two statements for all the calls. */
export const projectIdsByHsdsId = (ctx: Context, ids: string[]) =>
  loader<number, string[]>(
    ctx,
    `projectIdsByHsdsId:${JSON.stringify(ids)}`,
    async (years) => {
      const wanted = new Set(ids);
      const found = new Map<number, Set<string>>();
      const add = (year: number, project: string) => found.set(year, (found.get(year) ?? new Set()).add(project));
      const projects: { year: number; id: string }[] = await ctx.em.execute(
        `select g.call_year as year, x.id from ${tableOf(ctx.em, ServizioCivileProject)} x
         join ${tableOf(ctx.em, ServizioCivileProgramme)} g on g.id = x.programme_id where g.call_year = any(array[?]::int[])`,
        [[...years]],
      );
      for (const p of projects) if (wanted.has(hsdsId('service', `servizio-civile-project:${p.id}`))) add(p.year, p.id);
      if (found.size === 0 && wanted.size > 0) {
        const placements: { year: number; project: string; site: string }[] = await ctx.em.execute(
          `select call_year as year, project_id as project, site_code as site from ${tableOf(ctx.em, ServizioCivilePlacement)}
           where call_year = any(array[?]::int[])`,
          [[...years]],
        );
        for (const p of placements)
          if (wanted.has(hsdsId('service-at-location', `servizio-civile-project:${p.project}@servizio-civile-site:${p.site}`)))
            add(p.year, p.project);
      }
      return new Map([...found].map(([year, set]) => [year, [...set]]));
    },
    [],
  );
