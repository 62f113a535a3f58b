import { Migration } from '@mikro-orm/migrations';
import { KEEP_NETWORK_HOURS_TOTAL_FUNCTIONS, NETWORK_HOURS_FROM_SCRATCH } from '../network-hours-keep.js';
import { NETWORK_HOURS_TRIGGERS_ON_OPENING_HOURS, NETWORK_HOURS_TRIGGERS_ON_POINT } from '../network-hours-total.js';

// The table, index and announcing trigger as `npm run migration:create` wrote them; the functions,
// the triggers' order after them and the totals of what is on record by hand (MikroORM does not write
// functions). Creating the triggers locks point and opening_hours against writes until this migration
// commits, so no write falls between the triggers and the totals.
export class Migration20261203160946 extends Migration {
  override name = 'Migration20261203160946';

  override up(): void | Promise<void> {
    this.addSql(`create table "spazio_comune"."network_hours_total" ("municipio_number" int not null, "source_demo" boolean not null, "points" bigint not null, "front_office_minutes" bigint not null, "digital_education_minutes" bigint not null, primary key ("municipio_number", "source_demo"));`);
    this.addSql(`create index "point_position_index" on "spazio_comune"."point" using gist ((point("address_longitude", "address_latitude")));`);

    for (const keep of KEEP_NETWORK_HOURS_TOTAL_FUNCTIONS) this.addSql(`${keep};`);
    for (const trigger of [...NETWORK_HOURS_TRIGGERS_ON_POINT, ...NETWORK_HOURS_TRIGGERS_ON_OPENING_HOURS]) this.addSql(`${trigger.expression};`);
    this.addSql(`insert into "spazio_comune"."network_hours_total" (municipio_number, source_demo, points, front_office_minutes, digital_education_minutes) ${NETWORK_HOURS_FROM_SCRATCH};`);

    this.addSql(`create or replace function "spazio_comune"."network_hours_total_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "spazio_comune"."network_hours_total" for each STATEMENT execute function "spazio_comune"."network_hours_total_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    for (const table of ['point', 'opening_hours']) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "network_hours_total_on_${event}" on "spazio_comune"."${table}";`);
    }
    this.addSql(`drop function if exists "spazio_comune"."keep_network_hours_total_of_points"();`);
    this.addSql(`drop function if exists "spazio_comune"."keep_network_hours_total_of_hours"();`);
    this.addSql(`drop index if exists "spazio_comune"."point_position_index";`);
    this.addSql(`drop table if exists "spazio_comune"."network_hours_total" cascade;`);
    this.addSql(`drop function if exists "spazio_comune"."network_hours_total_hub_announce_change_fn"();`);
  }
}
