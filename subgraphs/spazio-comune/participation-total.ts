import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

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

/**
 * The trigger's body (row by row, after every insert, update and delete of participation): takes the
 * old row's part out and puts the new row's in. Concurrent writes to one indicator take turns on its
 * total's row, so no sum is lost.
 */
export const KEEP_PARTICIPATION_TOTAL = `
  if tg_op in ('UPDATE', 'DELETE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    values (old.indicator_code, old.source_demo, -old.quantity, -1)
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    values (new.indicator_code, new.source_demo, new.quantity, 1)
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;
  end if;
  return null;`;
