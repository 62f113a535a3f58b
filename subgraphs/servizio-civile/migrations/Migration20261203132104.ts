import { Migration } from '@mikro-orm/migrations';

export class Migration20261203132104 extends Migration {

  override name = 'Migration20261203132104';

  override up(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."placement_project_id_index";`);
    this.addSql(`create index "placement_project_id_position_index" on "servizio_civile"."placement" ("project_id", "position");`);
    this.addSql(`create index "placement_call_year_position_index" on "servizio_civile"."placement" ("call_year", "position") include ("source_demo", "volunteers");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."placement_project_id_position_index";`);
    this.addSql(`drop index "servizio_civile"."placement_call_year_position_index";`);
    this.addSql(`create index "placement_project_id_index" on "servizio_civile"."placement" ("project_id");`);
  }

}
