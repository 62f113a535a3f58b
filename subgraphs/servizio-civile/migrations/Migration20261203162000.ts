import { Migration } from '@mikro-orm/migrations';

export class Migration20261203162000 extends Migration {

  override name = 'Migration20261203162000';

  override up(): void | Promise<void> {
    this.addSql(`create table "servizio_civile"."import_upload_part" ("upload_id" text not null, "index" int not null, "text" text not null, "staged_at" timestamptz(3) not null, primary key ("upload_id", "index"));`);
    this.addSql(`create index "import_upload_part_staged_at_index" on "servizio_civile"."import_upload_part" ("staged_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "servizio_civile"."import_upload_part" cascade;`);
  }

}
