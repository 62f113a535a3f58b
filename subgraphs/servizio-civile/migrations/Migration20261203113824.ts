import { Migration } from '@mikro-orm/migrations';

export class Migration20261203113824 extends Migration {

  override name = 'Migration20261203113824';

  override up(): void | Promise<void> {
    this.addSql(`create index "site_municipio_number_index" on "servizio_civile"."site" ("municipio_number");`);

    this.addSql(`create index "placement_call_year_site_code_source_demo_volunteers_index" on "servizio_civile"."placement" ("call_year", "site_code", "source_demo", "volunteers");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."placement_call_year_site_code_source_demo_volunteers_index";`);

    this.addSql(`drop index "servizio_civile"."site_municipio_number_index";`);
  }

}
