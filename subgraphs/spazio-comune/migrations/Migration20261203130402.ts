import { Migration } from '@mikro-orm/migrations';

export class Migration20261203130402 extends Migration {

  override name = 'Migration20261203130402';

  override up(): void | Promise<void> {
    this.addSql(`drop index "spazio_comune"."participation_indicator_code_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "participation_indicator_code_index" on "spazio_comune"."participation" ("indicator_code");`);
  }

}
