import { Migration } from '@mikro-orm/migrations';

export class Migration20261203131414 extends Migration {

  override name = 'Migration20261203131414';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "leva_civica"."audit_entry";`);
    this.addSql(`drop function if exists "leva_civica"."audit_entry_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "leva_civica"."audit_entry_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "leva_civica"."audit_entry" for each STATEMENT execute function "leva_civica"."audit_entry_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "leva_civica"."site";`);
    this.addSql(`drop function if exists "leva_civica"."site_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "leva_civica"."site_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "leva_civica"."site" for each STATEMENT execute function "leva_civica"."site_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "leva_civica"."project";`);
    this.addSql(`drop function if exists "leva_civica"."project_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "leva_civica"."project_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "leva_civica"."project" for each STATEMENT execute function "leva_civica"."project_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "leva_civica"."audit_entry";`);
    this.addSql(`drop function if exists "leva_civica"."audit_entry_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "leva_civica"."audit_entry_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "leva_civica"."audit_entry" for each STATEMENT execute function "leva_civica"."audit_entry_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "leva_civica"."project";`);
    this.addSql(`drop function if exists "leva_civica"."project_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "leva_civica"."project_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "leva_civica"."project" for each STATEMENT execute function "leva_civica"."project_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "leva_civica"."site";`);
    this.addSql(`drop function if exists "leva_civica"."site_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "leva_civica"."site_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "leva_civica"."site" for each STATEMENT execute function "leva_civica"."site_hub_announce_change_fn"();`);
  }

}
