import { Migration } from '@mikro-orm/migrations';

export class Migration20261203130408 extends Migration {

  override name = 'Migration20261203130408';

  override up(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."placement_call_year_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "placement_call_year_index" on "servizio_civile"."placement" ("call_year");`);
  }

}
