import { Migration } from '@mikro-orm/migrations';

export class Migration20261203141316 extends Migration {

  override name = 'Migration20261203141316';

  override up(): void | Promise<void> {
    this.addSql(`create table "spazio_comune"."participation_total" ("indicator_code" text not null, "source_demo" boolean not null, "quantity" bigint not null, "records" bigint not null, primary key ("indicator_code", "source_demo"));`);

    this.addSql(`create or replace function "spazio_comune"."participation_participation_total_keep_fn"() returns trigger as \$\$ begin if tg_op in ('UPDATE', 'DELETE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    values (old.indicator_code, old.source_demo, -old.quantity, -1)
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;   end if;   if tg_op in ('INSERT', 'UPDATE') then
    insert into "spazio_comune"."participation_total" as t (indicator_code, source_demo, quantity, records)
    values (new.indicator_code, new.source_demo, new.quantity, 1)
    on conflict (indicator_code, source_demo) do update set quantity = t.quantity + excluded.quantity, records = t.records + excluded.records;   end if;   return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "participation_total_keep" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."participation" for each ROW execute function "spazio_comune"."participation_participation_total_keep_fn"();`);
    // The totals of what is on record, once the trigger keeps them: creating it locked participation
    // against writes until this migration commits, so no write falls between the two.
    this.addSql(`insert into "spazio_comune"."participation_total" (indicator_code, source_demo, quantity, records) select indicator_code, source_demo, sum(quantity), count(*) from "spazio_comune"."participation" group by 1, 2;`);

    this.addSql(`create or replace function "spazio_comune"."participation_total_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."participation_total" for each STATEMENT execute function "spazio_comune"."participation_total_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."participation_total";`);
    this.addSql(`drop function if exists "spazio_comune"."participation_total_hub_announce_change_fn"();`);
    this.addSql(`drop table if exists "spazio_comune"."participation_total" cascade;`);

    this.addSql(`drop trigger if exists "participation_total_keep" on "spazio_comune"."participation";`);
    this.addSql(`drop function if exists "spazio_comune"."participation_participation_total_keep_fn"();`);

  }

}
