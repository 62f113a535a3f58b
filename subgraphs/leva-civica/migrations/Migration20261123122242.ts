import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122242 extends Migration {

  override name = 'Migration20261123122242';

  override up(): void | Promise<void> {
    this.addSql(`alter table "leva_civica"."site" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "leva_civica"."project" add "source_demo" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "leva_civica"."project" drop column "source_demo";`);

    this.addSql(`alter table "leva_civica"."site" drop column "source_demo";`);
  }

}
