import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011334 extends Migration {

  override name = 'Migration20261202011334';

  override up(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."placement" add "volunteer_role" text null, add "shared_activities" jsonb not null default '[]', add "obligations" text null, add "requirements" text null;`);
    // Placements already on record get an empty list, which the next seed or import fills; the entity has no default.
    this.addSql(`alter table "servizio_civile"."placement" alter column "shared_activities" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."placement" drop column "volunteer_role", drop column "shared_activities", drop column "obligations", drop column "requirements";`);
  }

}
