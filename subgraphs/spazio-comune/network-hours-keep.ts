import { intervalMinutesSql } from './schedule.js';

// What the triggers of network-hours-total.ts run: the weekly hours of each network's points kept up to date.

const SCHEMA = '"spazio_comune"';
const TOTAL = `${SCHEMA}."network_hours_total"`;
const PART = (alias: string) => `coalesce(${alias}.municipio_number, ${alias}.derived_municipio_number)`;
const MINUTES = intervalMinutesSql('h');
const FRONT_OFFICE = `coalesce(sum(${MINUTES}) filter (where h.activity in ('FRONT_OFFICE', 'DIGITAL_EDUCATION')), 0)`;
const DIGITAL_EDUCATION = `coalesce(sum(${MINUTES}) filter (where h.activity = 'DIGITAL_EDUCATION'), 0)`;

/** Adds rows of (municipio, demo, points, front-office minutes, digital-education minutes) to the totals, one upsert per part. */
const addToTotals = (
  rows: string,
) => `insert into ${TOTAL} as t (municipio_number, source_demo, points, front_office_minutes, digital_education_minutes)
    select municipio, demo, sum(points), sum(front_office), sum(digital_education) from (${rows}) r where municipio is not null group by 1, 2
    on conflict (municipio_number, source_demo) do update set points = t.points + excluded.points,
      front_office_minutes = t.front_office_minutes + excluded.front_office_minutes,
      digital_education_minutes = t.digital_education_minutes + excluded.digital_education_minutes;`;

/**
 * Intervals in or out (a transition table's rows, sign 1 or -1), at their point's part as it is now.
 * The points are locked for share: a point moved by another transaction at the same time is waited
 * for and then read as moved, so that its hours are not counted where it was.
 */
const hoursOf = (rows: string, sign: 1 | -1) => `select p.municipio as municipio, p.demo as demo, 0 as points,
      ${sign} * ${FRONT_OFFICE} as front_office, ${sign} * ${DIGITAL_EDUCATION} as digital_education
    from ${rows} h join (select x.id, ${PART('x')} as municipio, x.source_demo as demo from ${SCHEMA}."point" x
      where x.id in (select point_id from ${rows}) for share) p on p.id = h.point_id
    group by 1, 2`;

/** Points in or out of a part (rows of id, municipio, demo, sign), with the hours they have now. */
const pointsWithHours = (parts: string) => `select part.municipio, part.demo, part.sign as points,
      part.sign * coalesce(m.front_office, 0) as front_office, part.sign * coalesce(m.digital_education, 0) as digital_education
    from (${parts}) part left join lateral (select ${FRONT_OFFICE} as front_office, ${DIGITAL_EDUCATION} as digital_education
      from ${SCHEMA}."opening_hours" h where h.point_id = part.id) m on true`;

/** Point rows of a transition table whose part is not the same in the other one (all of them when there is no other). */
const pointParts = (rows: string, sign: 1 | -1, other?: string) =>
  `select o.id, ${PART('o')} as municipio, o.source_demo as demo, ${sign} as sign from ${rows} o${
    other
      ? ` where not exists (select 1 from ${other} n where n.id = o.id and ${PART('n')} is not distinct from ${PART('o')} and n.source_demo = o.source_demo)`
      : ''
  }`;

const KEEP_OF_HOURS = `${SCHEMA}."keep_network_hours_total_of_hours"`;
const KEEP_OF_POINTS = `${SCHEMA}."keep_network_hours_total_of_points"`;

/**
 * What the triggers run, once per statement with the rows it changed (transition tables), so that a
 * bulk write makes a few upserts, not one per row. Hours count at their point's part; a point that
 * moves to another Municipio (or is marked demo) takes its hours along; a new point counts in its
 * part, a deleted one leaves it (its hours are gone by then: the foreign key from opening_hours,
 * without cascade, refuses a point that still has hours). Concurrent writes to one part take turns
 * on its row, so no sum is lost. Created by the migration.
 */
export const KEEP_NETWORK_HOURS_TOTAL_FUNCTIONS = [
  `create or replace function ${KEEP_OF_HOURS}() returns trigger language plpgsql as $$
begin
  -- Each branch names only the transition tables its event has (an INSERT trigger has no old rows).
  if tg_op in ('INSERT', 'UPDATE') then
    ${addToTotals(hoursOf('new_rows', 1))}
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    ${addToTotals(hoursOf('old_rows', -1))}
  end if;
  return null;
end $$`,
  `create or replace function ${KEEP_OF_POINTS}() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    ${addToTotals(pointsWithHours(pointParts('new_rows', 1)))}
  elsif tg_op = 'UPDATE' then
    -- Only the points whose part changed: most updates (a new version, a name) move nothing.
    ${addToTotals(pointsWithHours(`${pointParts('old_rows', -1, 'new_rows')} union all ${pointParts('new_rows', 1, 'old_rows')}`))}
  else
    ${addToTotals(pointsWithHours(pointParts('old_rows', -1)))}
  end if;
  return null;
end $$`,
];

/** The totals from the tables themselves: what the migration starts them with, and what a check compares them with. */
export const NETWORK_HOURS_FROM_SCRATCH = `select ${PART('p')} as municipio, p.source_demo as demo, count(*) as points,
    sum(m.front_office) as front_office, sum(m.digital_education) as digital_education
  from ${SCHEMA}."point" p cross join lateral (select ${FRONT_OFFICE} as front_office, ${DIGITAL_EDUCATION} as digital_education
    from ${SCHEMA}."opening_hours" h where h.point_id = p.id) m
  where ${PART('p')} is not null group by 1, 2`;
