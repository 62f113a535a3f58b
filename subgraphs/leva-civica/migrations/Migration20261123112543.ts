import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112543 extends Migration {

  override name = 'Migration20261123112543';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "leva_civica";`);
    this.addSql(`create table "leva_civica"."site" ("id" text not null, "name" text not null, "organisation" text not null, "unit" text null, "address_street" text null, "address_postal_code" text null, "address_city" text null, "address_latitude" double precision null, "address_longitude" double precision null, "municipio_number" int null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);

    this.addSql(`create table "leva_civica"."project" ("id" text not null, "title" text not null, "places" int not null, "site_id" text not null, "description" text not null, "context" text not null, "needs" jsonb not null, "objectives" jsonb not null, "activities" jsonb not null, "typical_day" text not null, "hours_total" int not null, "hours_service" int not null, "hours_specific_training" int not null, "hours_certification" int not null, "hours_weekly_average" int not null, "hours_monthly_average" int not null, "hours_days_per_week_min" int not null, "hours_days_per_week_max" int not null, "hours_months" int not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "project_site_id_index" on "leva_civica"."project" ("site_id");`);

    this.addSql(`alter table "leva_civica"."project" add constraint "project_site_id_foreign" foreign key ("site_id") references "leva_civica"."site" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "leva_civica"."project" drop constraint "project_site_id_foreign";`);

    this.addSql(`drop table if exists "leva_civica"."site" cascade;`);
    this.addSql(`drop table if exists "leva_civica"."project" cascade;`);

    this.addSql(`drop schema if exists "leva_civica";`);
  }

}
