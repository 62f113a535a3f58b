import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122241 extends Migration {

  override name = 'Migration20261123122241';

  override up(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."call" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "servizio_civile"."programme" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "servizio_civile"."project" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "servizio_civile"."site" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "servizio_civile"."placement" add "source_demo" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."call" drop column "source_demo";`);

    this.addSql(`alter table "servizio_civile"."placement" drop column "source_demo";`);

    this.addSql(`alter table "servizio_civile"."programme" drop column "source_demo";`);

    this.addSql(`alter table "servizio_civile"."project" drop column "source_demo";`);

    this.addSql(`alter table "servizio_civile"."site" drop column "source_demo";`);
  }

}
