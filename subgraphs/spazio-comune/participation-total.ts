import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { statementTriggers } from '../shared/statement-triggers.js';

/**
 * What participation adds up to per indicator, real and demo apart: kept by the trigger on
 * participation (participation-record.ts) in the transaction of every write, whoever writes, so that
 * an indicator's actual value reads one row per part instead of summing its records (1,000,000 at
 * scale 100). `records` tells a part that has none left from one that sums to nothing.
 */
@Entity({ tableName: 'participation_total' })
export class ParticipationTotal {
  @PrimaryKey({ type: 'text' })
  indicatorCode!: string;

  @PrimaryKey({ type: 'boolean' })
  sourceDemo!: boolean;

  @Property({ type: 'bigint' })
  quantity!: string;

  @Property({ type: 'bigint' })
  records!: string;
}

const TABLE = '"spazio_comune"."participation"';
const KEEP = '"spazio_comune"."keep_participation_total"';

/**
 * What the triggers on participation run, once per statement with the rows it changed (transition
 * tables): each (indicator, demo) part moves by the sum of what came in less what went out, in one
 * upsert per part, however many rows a statement wrote (a bulk insert of a million records makes a
 * few upserts, not a million). Concurrent writes to one indicator take turns on its total's row, so
 * no sum is lost. Created by the migration; the triggers below are declared as raw DDL, which
 * MikroORM creates and never diffs.
 */
export const KEEP_PARTICIPATION_TOTAL_FUNCTION = `create or replace function ${KEEP}() returns trigger language plpgsql as $$
begin
  -- Each branch names only the transition tables its event has (an INSERT trigger has no old rows).
  if tg_op in ('INSERT', 'UPDATE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    select indicator_code, source_demo, sum(quantity), count(*) from new_rows group by 1, 2
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    select indicator_code, source_demo, -sum(quantity), -count(*) from old_rows group by 1, 2
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;
  end if;
  return null;
end $$`;

export const PARTICIPATION_TOTAL_TRIGGERS = statementTriggers('participation_total', TABLE, KEEP);
