import { describe, expect, it } from 'vitest';
import { DataReads } from './data-reads.js';

// A request's tables come from its SQL: every table named counts as read, the tables of a statement
// that changes rows as written; what is not a table of the schema does not count.

function tablesOf(statements: string[]) {
  const reads = new DataReads(['point', 'opening_hours', 'participation']);
  let seen: ReturnType<DataReads['ofRequest']>;
  reads.scope({} as never, {} as never, () => {
    for (const sql of statements) reads.saw(sql);
    seen = reads.ofRequest();
  });
  return { read: [...(seen?.read ?? [])].sort(), wrote: [...(seen?.wrote ?? [])].sort() };
}

describe('DataReads', () => {
  it('counts the tables a request reads, quoted, qualified or not, and ignores columns and aliases that are no table', () => {
    expect(
      tablesOf([
        'select "p0".* from "spazio_comune"."point" as "p0" where "p0"."id" = ?',
        'SELECT o.point_id FROM spazio_comune.opening_hours o',
        'select 1',
      ]),
    ).toEqual({ read: ['opening_hours', 'point'], wrote: [] });
  });

  it('counts as written the tables of an insert, update or delete (and of a with that holds one), not of select for update', () => {
    expect(tablesOf(['select * from "spazio_comune"."point" where id = ? for update'])).toEqual({ read: ['point'], wrote: [] });
    expect(tablesOf(['insert into "spazio_comune"."participation" ("count") values (?)']).wrote).toEqual(['participation']);
    expect(tablesOf(['UPDATE "spazio_comune"."point" set "version" = ?']).wrote).toEqual(['point']);
    expect(tablesOf(['with gone as (delete from opening_hours returning 1) select count(*) from gone']).wrote).toEqual(['opening_hours']);
  });

  it('notes nothing outside a request’s scope', () => {
    const reads = new DataReads(['point']);
    reads.saw('select * from point');
    expect(reads.ofRequest()).toBeUndefined();
  });
});
