import type { Context } from '../shared/context.js';
import type { SummedPart } from '../shared/figure-basis.js';
import { entitiesFromRows, tableOf } from '../shared/sql.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';

export interface ComparisonPage {
  fromYear: number;
  toYear: number;
  first: number;
  /** The code of the last site of the previous rows; null for the first rows. */
  after: string | null;
}

export interface ComparisonRow {
  site: ServizioCivileSite;
  from: SummedPart[];
  to: SummedPart[];
}

/**
 * One page of the comparison of two calls, site by site, in one statement whatever the calls hold:
 * the first `first` site codes after `after` of each call, read in order from the index on
 * (call_year, site_code), merged; then each of those sites with its volunteers in both calls, real
 * and demo apart. No list of sites goes to PostgreSQL as parameters (a national call has 60,000 of
 * them, and a statement at most 65,535 parameters).
 */
export async function comparisonPage(ctx: Context, page: ComparisonPage): Promise<ComparisonRow[]> {
  const placements = tableOf(ctx.em, ServizioCivilePlacement);
  const codesOf = `(select distinct site_code from ${placements} where call_year = ? and site_code > ? order by site_code limit ?)`;
  const sums = `select sum(volunteers) filter (where not source_demo) as real, sum(volunteers) filter (where source_demo) as demo
    from ${placements} where call_year = ? and site_code = c.site_code`;
  const after = page.after ?? '';
  const rows: Record<string, unknown>[] = await ctx.em.execute(
    `with c as (select site_code from (${codesOf} union ${codesOf}) u order by site_code limit ?)
     select s.*, f.real as "fromReal", f.demo as "fromDemo", t.real as "toReal", t.demo as "toDemo"
     from c join ${tableOf(ctx.em, ServizioCivileSite)} s on s.code = c.site_code
     cross join lateral (${sums}) f cross join lateral (${sums}) t
     order by s.code`,
    [page.fromYear, after, page.first, page.toYear, after, page.first, page.first, page.fromYear, page.toYear],
  );
  const sites = entitiesFromRows(
    ctx.em,
    ServizioCivileSite,
    rows.map(({ fromReal: _f, fromDemo: _fd, toReal: _t, toDemo: _td, ...site }) => site),
  );
  return rows.map(({ fromReal, fromDemo, toReal, toDemo }, i) => ({
    site: sites[i] as ServizioCivileSite,
    from: parts(fromReal, fromDemo),
    to: parts(toReal, toDemo),
  }));
}

/** The parts of a sum as basisOfSums takes them: one for real records and one for demo ones, each only when there are such records. */
function parts(real: unknown, demo: unknown): SummedPart[] {
  return [
    ...(real == null ? [] : [{ demo: false, amount: Number(real) }]),
    ...(demo == null ? [] : [{ demo: true, amount: Number(demo) }]),
  ];
}
