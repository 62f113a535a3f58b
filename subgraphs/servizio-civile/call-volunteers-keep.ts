// What the triggers of call-volunteers-total.ts run: the volunteers of each call per Municipio kept up to date.

const SCHEMA = '"servizio_civile"';
const TOTAL = `${SCHEMA}."call_volunteers_total"`;
/** A placement's part: its site's Municipio, 0 for a site in no Municipio of Milan (most of a national call). */
const PART = (alias: string) => `coalesce(${alias}.municipio_number, 0)`;

/** Adds rows of (call, municipio, demo, volunteers, placements) to the totals, one upsert per part. */
const addToTotals = (rows: string) => `insert into ${TOTAL} as t (call_year, municipio_number, source_demo, volunteers, placements)
    select call_year, municipio, demo, sum(volunteers), sum(placements) from (${rows}) r group by 1, 2, 3
    on conflict (call_year, municipio_number, source_demo) do update set volunteers = t.volunteers + excluded.volunteers,
      placements = t.placements + excluded.placements;`;

/**
 * Placements in or out (a transition table's rows, sign 1 or -1), at their site's Municipio as it is
 * now. The sites are locked for share: a site moved by another transaction at the same time is waited
 * for and then read as moved, so that its placements are not counted where it was.
 */
const placementsOf = (rows: string, sign: 1 | -1) => `select p.call_year, s.municipio, p.source_demo as demo,
      ${sign} * sum(p.volunteers) as volunteers, ${sign} * count(*) as placements
    from ${rows} p join (select x.code, ${PART('x')} as municipio from ${SCHEMA}."site" x
      where x.code in (select site_code from ${rows}) for share) s on s.code = p.site_code
    group by 1, 2, 3`;

/** The placements of the sites of a transition table whose Municipio is not the same in the other one, out of (-1) or into (1) it. */
const movedSites = (rows: string, sign: 1 | -1, other: string) => `select p.call_year, ${PART('o')} as municipio,
      p.source_demo as demo, ${sign} * sum(p.volunteers) as volunteers, ${sign} * count(*) as placements
    from ${rows} o join ${SCHEMA}."placement" p on p.site_code = o.code
    where not exists (select 1 from ${other} n where n.code = o.code and ${PART('n')} = ${PART('o')})
    group by 1, 2, 3`;

const KEEP_OF_PLACEMENTS = `${SCHEMA}."keep_call_volunteers_total_of_placements"`;
const KEEP_OF_SITES = `${SCHEMA}."keep_call_volunteers_total_of_sites"`;

/**
 * What the triggers run, once per statement with the rows it changed (transition tables), so that a
 * bulk write (a national call's 70,000 placements) makes a few upserts, not one per row. Placements
 * count at their site's Municipio; a site that moves to another Municipio takes its placements along.
 * Concurrent writes to one part take turns on its row, so no sum is lost. Created by the migration.
 */
export const KEEP_CALL_VOLUNTEERS_TOTAL_FUNCTIONS = [
  `create or replace function ${KEEP_OF_PLACEMENTS}() returns trigger language plpgsql as $$
begin
  -- Each branch names only the transition tables its event has (an INSERT trigger has no old rows).
  if tg_op in ('INSERT', 'UPDATE') then
    ${addToTotals(placementsOf('new_rows', 1))}
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    ${addToTotals(placementsOf('old_rows', -1))}
  end if;
  return null;
end $$`,
  `create or replace function ${KEEP_OF_SITES}() returns trigger language plpgsql as $$
begin
  -- Only the sites whose Municipio changed: most updates (an address, a name) move nothing.
  ${addToTotals(`${movedSites('old_rows', -1, 'new_rows')} union all ${movedSites('new_rows', 1, 'old_rows')}`)}
  return null;
end $$`,
];

/** The totals summed from scratch: what the migration writes for the records already there, and what the spec compares with. */
export const CALL_VOLUNTEERS_FROM_SCRATCH = `select p.call_year, ${PART('s')} as municipio, p.source_demo as demo,
    sum(p.volunteers) as volunteers, count(*) as placements
  from ${SCHEMA}."placement" p join ${SCHEMA}."site" s on s.code = p.site_code group by 1, 2, 3`;
