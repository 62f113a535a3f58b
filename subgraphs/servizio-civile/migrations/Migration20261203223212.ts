import { Migration } from '@mikro-orm/migrations';
import { CALL_VOLUNTEERS_FROM_SCRATCH, KEEP_CALL_VOLUNTEERS_TOTAL_FUNCTIONS } from '../call-volunteers-keep.js';
import { CALL_VOLUNTEERS_TRIGGERS_ON_PLACEMENT, CALL_VOLUNTEERS_TRIGGERS_ON_SITE } from '../call-volunteers-total.js';

// The table and its announcing trigger as `npm run migration:create` wrote them; the functions, the
// triggers' order after them and the totals of what is on record by hand (MikroORM does not write
// functions). Creating the triggers locks placement and site against writes until this migration
// commits, so no write falls between the triggers and the totals.
export class Migration20261203223212 extends Migration {
  override name = 'Migration20261203223212';

  override up(): void | Promise<void> {
    this.addSql(`create table "servizio_civile"."call_volunteers_total" ("call_year" int not null, "municipio_number" int not null, "source_demo" boolean not null, "volunteers" bigint not null, "placements" bigint not null, primary key ("call_year", "municipio_number", "source_demo"));`);

    for (const keep of KEEP_CALL_VOLUNTEERS_TOTAL_FUNCTIONS) this.addSql(`${keep};`);
    for (const trigger of [...CALL_VOLUNTEERS_TRIGGERS_ON_PLACEMENT, ...CALL_VOLUNTEERS_TRIGGERS_ON_SITE]) this.addSql(`${trigger.expression};`);
    this.addSql(`insert into "servizio_civile"."call_volunteers_total" (call_year, municipio_number, source_demo, volunteers, placements) ${CALL_VOLUNTEERS_FROM_SCRATCH};`);

    this.addSql(`create or replace function "servizio_civile"."call_volunteers_total_hub_announce_change_fn"() returns trigger as \$\$ begin perform pg_notify('hub_data_changed', tg_table_schema); perform pg_notify('hub_table_changed', tg_table_schema || '.' || tg_table_name); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "hub_announce_change" AFTER INSERT OR UPDATE OR DELETE on "servizio_civile"."call_volunteers_total" for each STATEMENT execute function "servizio_civile"."call_volunteers_total_hub_announce_change_fn"();`);
  }

  override down(): void | Promise<void> {
    for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "call_volunteers_total_on_${event}" on "servizio_civile"."placement";`);
    this.addSql(`drop trigger if exists "call_volunteers_total_on_update" on "servizio_civile"."site";`);
    this.addSql(`drop function if exists "servizio_civile"."keep_call_volunteers_total_of_placements"();`);
    this.addSql(`drop function if exists "servizio_civile"."keep_call_volunteers_total_of_sites"();`);
    this.addSql(`drop table if exists "servizio_civile"."call_volunteers_total" cascade;`);
    this.addSql(`drop function if exists "servizio_civile"."call_volunteers_total_hub_announce_change_fn"();`);
  }
}
