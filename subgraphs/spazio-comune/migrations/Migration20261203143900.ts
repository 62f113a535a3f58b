import { Migration } from '@mikro-orm/migrations';
import { KEEP_PARTICIPATION_TOTAL_FUNCTION, PARTICIPATION_TOTAL_TRIGGERS } from '../participation-total.js';

// Written by hand: the totals kept per statement with transition tables, not per row (a row trigger
// made a bulk insert of 1,000,000 records update the same few rows a million times in a few
// transactions, each update walking a longer chain of versions). MikroORM neither writes nor
// diffs triggers declared as raw DDL; `npm run migration:create` finds nothing to add after it.
export class Migration20261203143900 extends Migration {
  override name = 'Migration20261203143900';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger if exists "participation_total_keep" on "spazio_comune"."participation";`);
    this.addSql(`drop function if exists "spazio_comune"."participation_participation_total_keep_fn"();`);
    this.addSql(`${KEEP_PARTICIPATION_TOTAL_FUNCTION};`);
    for (const trigger of PARTICIPATION_TOTAL_TRIGGERS) this.addSql(`${trigger.expression};`);
  }

  override down(): void | Promise<void> {
    for (const trigger of PARTICIPATION_TOTAL_TRIGGERS) this.addSql(`drop trigger if exists "${trigger.name}" on "spazio_comune"."participation";`);
    this.addSql(`drop function if exists "spazio_comune"."keep_participation_total"();`);
    this.addSql(`create or replace function "spazio_comune"."participation_participation_total_keep_fn"() returns trigger as $$ begin if tg_op in ('UPDATE', 'DELETE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    values (old.indicator_code, old.source_demo, -old.quantity, -1)
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;   end if;   if tg_op in ('INSERT', 'UPDATE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    values (new.indicator_code, new.source_demo, new.quantity, 1)
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;   end if;   return null; end; $$ language plpgsql;`);
    this.addSql(`create trigger "participation_total_keep" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."participation" for each ROW execute function "spazio_comune"."participation_participation_total_keep_fn"();`);
  }
}
