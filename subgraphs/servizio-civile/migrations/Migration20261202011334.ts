import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011334 extends Migration {

  override name = 'Migration20261202011334';

  override up(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."placement" add "volunteer_role" text null, add "shared_activities" jsonb not null default '[]', add "obligations" text null, add "requirements" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."placement" drop column "volunteer_role", drop column "shared_activities", drop column "obligations", drop column "requirements";`);
  }

}
