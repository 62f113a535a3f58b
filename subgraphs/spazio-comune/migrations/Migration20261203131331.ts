import { Migration } from '@mikro-orm/migrations';

export class Migration20261203131331 extends Migration {

  override name = 'Migration20261203131331';

  override up(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."audit_entry";`);
    this.addSql(`drop function if exists "spazio_comune"."audit_entry_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."audit_entry_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."audit_entry" for each STATEMENT execute function "spazio_comune"."audit_entry_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."indicator";`);
    this.addSql(`drop function if exists "spazio_comune"."indicator_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."indicator_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."indicator" for each STATEMENT execute function "spazio_comune"."indicator_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."municipio";`);
    this.addSql(`drop function if exists "spazio_comune"."municipio_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."municipio_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."municipio" for each STATEMENT execute function "spazio_comune"."municipio_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."point";`);
    this.addSql(`drop function if exists "spazio_comune"."point_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."point_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."point" for each STATEMENT execute function "spazio_comune"."point_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."opening_hours";`);
    this.addSql(`drop function if exists "spazio_comune"."opening_hours_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."opening_hours_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."opening_hours" for each STATEMENT execute function "spazio_comune"."opening_hours_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."shared_service";`);
    this.addSql(`drop function if exists "spazio_comune"."shared_service_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."shared_service_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."shared_service" for each STATEMENT execute function "spazio_comune"."shared_service_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."sheet_provision";`);
    this.addSql(`drop function if exists "spazio_comune"."sheet_provision_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."sheet_provision_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."sheet_provision" for each STATEMENT execute function "spazio_comune"."sheet_provision_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."network";`);
    this.addSql(`drop function if exists "spazio_comune"."network_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."network_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."network" for each STATEMENT execute function "spazio_comune"."network_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."participation";`);
    this.addSql(`drop function if exists "spazio_comune"."participation_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."participation_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."participation" for each STATEMENT execute function "spazio_comune"."participation_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."operator";`);
    this.addSql(`drop function if exists "spazio_comune"."operator_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."operator_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."operator" for each STATEMENT execute function "spazio_comune"."operator_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."governance_body";`);
    this.addSql(`drop function if exists "spazio_comune"."governance_body_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."governance_body_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."governance_body" for each STATEMENT execute function "spazio_comune"."governance_body_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."special_schedule";`);
    this.addSql(`drop function if exists "spazio_comune"."special_schedule_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."special_schedule_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."special_schedule" for each STATEMENT execute function "spazio_comune"."special_schedule_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."wemi_category";`);
    this.addSql(`drop function if exists "spazio_comune"."wemi_category_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."wemi_category_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."wemi_category" for each STATEMENT execute function "spazio_comune"."wemi_category_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."audit_entry";`);
    this.addSql(`drop function if exists "spazio_comune"."audit_entry_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."audit_entry_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."audit_entry" for each STATEMENT execute function "spazio_comune"."audit_entry_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."governance_body";`);
    this.addSql(`drop function if exists "spazio_comune"."governance_body_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."governance_body_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."governance_body" for each STATEMENT execute function "spazio_comune"."governance_body_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."indicator";`);
    this.addSql(`drop function if exists "spazio_comune"."indicator_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."indicator_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."indicator" for each STATEMENT execute function "spazio_comune"."indicator_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."municipio";`);
    this.addSql(`drop function if exists "spazio_comune"."municipio_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."municipio_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."municipio" for each STATEMENT execute function "spazio_comune"."municipio_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."network";`);
    this.addSql(`drop function if exists "spazio_comune"."network_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."network_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."network" for each STATEMENT execute function "spazio_comune"."network_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."opening_hours";`);
    this.addSql(`drop function if exists "spazio_comune"."opening_hours_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."opening_hours_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."opening_hours" for each STATEMENT execute function "spazio_comune"."opening_hours_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."operator";`);
    this.addSql(`drop function if exists "spazio_comune"."operator_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."operator_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."operator" for each STATEMENT execute function "spazio_comune"."operator_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."participation";`);
    this.addSql(`drop function if exists "spazio_comune"."participation_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."participation_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."participation" for each STATEMENT execute function "spazio_comune"."participation_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."point";`);
    this.addSql(`drop function if exists "spazio_comune"."point_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."point_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."point" for each STATEMENT execute function "spazio_comune"."point_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."shared_service";`);
    this.addSql(`drop function if exists "spazio_comune"."shared_service_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."shared_service_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."shared_service" for each STATEMENT execute function "spazio_comune"."shared_service_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."sheet_provision";`);
    this.addSql(`drop function if exists "spazio_comune"."sheet_provision_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."sheet_provision_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."sheet_provision" for each STATEMENT execute function "spazio_comune"."sheet_provision_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."special_schedule";`);
    this.addSql(`drop function if exists "spazio_comune"."special_schedule_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."special_schedule_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."special_schedule" for each STATEMENT execute function "spazio_comune"."special_schedule_hub_announce_change_fn"();`);

    this.addSql(`drop trigger if exists "hub_announce_change" on "spazio_comune"."wemi_category";`);
    this.addSql(`drop function if exists "spazio_comune"."wemi_category_hub_announce_change_fn"();`);
    this.addSql(`create or replace function "spazio_comune"."wemi_category_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER DELETE OR INSERT OR UPDATE on "spazio_comune"."wemi_category" for each STATEMENT execute function "spazio_comune"."wemi_category_hub_announce_change_fn"();`);
  }

}
