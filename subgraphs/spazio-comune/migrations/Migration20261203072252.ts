import { Migration } from '@mikro-orm/migrations';

export class Migration20261203072252 extends Migration {

  override name = 'Migration20261203072252';

  override up(): void | Promise<void> {
    this.addSql(`create table "spazio_comune"."import_upload_part" ("upload_id" text not null, "index" int not null, "text" text not null, "staged_at" timestamptz(3) not null, primary key ("upload_id", "index"));`);
    this.addSql(`create index "import_upload_part_staged_at_index" on "spazio_comune"."import_upload_part" ("staged_at");`);

    this.addSql(`create or replace function "spazio_comune"."import_upload_part_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."import_upload_part" for each STATEMENT execute function "spazio_comune"."import_upload_part_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."import_upload_part";`);
    this.addSql(`drop function if exists "spazio_comune"."import_upload_part_hub_announce_change_fn"();`);
    this.addSql(`drop table if exists "spazio_comune"."import_upload_part" cascade;`);
  }

}
