import { Migration } from '@mikro-orm/migrations';

export class Migration20261203133002 extends Migration {

  override name = 'Migration20261203133002';

  override up(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."site_municipio_number_index";`);
    this.addSql(`create index "site_municipio_number_code_index" on "servizio_civile"."site" ("municipio_number", "code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."site_municipio_number_code_index";`);
    this.addSql(`create index "site_municipio_number_index" on "servizio_civile"."site" ("municipio_number");`);
  }

}
