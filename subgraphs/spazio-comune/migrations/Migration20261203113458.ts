import { Migration } from '@mikro-orm/migrations';

export class Migration20261203113458 extends Migration {

  override name = 'Migration20261203113458';

  override up(): void | Promise<void> {
    this.addSql(`create index "participation_indicator_code_source_demo_quantity_index" on "spazio_comune"."participation" ("indicator_code", "source_demo", "quantity");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "spazio_comune"."participation_indicator_code_source_demo_quantity_index";`);
  }

}
