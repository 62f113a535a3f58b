import { Migration } from '@mikro-orm/migrations';

export class Migration20261203131352 extends Migration {

  override name = 'Migration20261203131352';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."audit_entry";`);
    this.addSql(`drop function if exists "servizio_civile"."audit_entry_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."audit_entry_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."audit_entry" for each STATEMENT execute function "servizio_civile"."audit_entry_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."call";`);
    this.addSql(`drop function if exists "servizio_civile"."call_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."call_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."call" for each STATEMENT execute function "servizio_civile"."call_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."programme";`);
    this.addSql(`drop function if exists "servizio_civile"."programme_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."programme_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."programme" for each STATEMENT execute function "servizio_civile"."programme_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."project";`);
    this.addSql(`drop function if exists "servizio_civile"."project_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."project_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."project" for each STATEMENT execute function "servizio_civile"."project_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."site";`);
    this.addSql(`drop function if exists "servizio_civile"."site_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."site_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."site" for each STATEMENT execute function "servizio_civile"."site_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."placement";`);
    this.addSql(`drop function if exists "servizio_civile"."placement_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."placement_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."placement" for each STATEMENT execute function "servizio_civile"."placement_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."audit_entry";`);
    this.addSql(`drop function if exists "servizio_civile"."audit_entry_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."audit_entry_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "servizio_civile"."audit_entry" for each STATEMENT execute function "servizio_civile"."audit_entry_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."call";`);
    this.addSql(`drop function if exists "servizio_civile"."call_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."call_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "servizio_civile"."call" for each STATEMENT execute function "servizio_civile"."call_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."placement";`);
    this.addSql(`drop function if exists "servizio_civile"."placement_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."placement_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "servizio_civile"."placement" for each STATEMENT execute function "servizio_civile"."placement_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."programme";`);
    this.addSql(`drop function if exists "servizio_civile"."programme_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."programme_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "servizio_civile"."programme" for each STATEMENT execute function "servizio_civile"."programme_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."project";`);
    this.addSql(`drop function if exists "servizio_civile"."project_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."project_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "servizio_civile"."project" for each STATEMENT execute function "servizio_civile"."project_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "servizio_civile"."site";`);
    this.addSql(`drop function if exists "servizio_civile"."site_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "servizio_civile"."site_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "servizio_civile"."site" for each STATEMENT execute function "servizio_civile"."site_hub_announce_change_fn"();`);
  }

}
