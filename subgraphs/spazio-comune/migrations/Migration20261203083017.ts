import { Migration } from '@mikro-orm/migrations';

/** The staged parts of an import are not part of the graph (`@NotInGraph()`): their writes are no longer announced. */
export class Migration20261203083017 extends Migration {

  override name = 'Migration20261203083017';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."import_upload_part";`);
    this.addSql(`drop function if exists "spazio_comune"."import_upload_part_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function "spazio_comune"."import_upload_part_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."import_upload_part" for each STATEMENT execute function "spazio_comune"."import_upload_part_hub_announce_change_fn"();`);
  }

}
