import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112542 extends Migration {

  override name = 'Migration20261123112542';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "servizio_civile";`);
    this.addSql(`create table "servizio_civile"."call" ("year" int not null, "title" text not null, "organisation" text not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("year"));`);

    this.addSql(`create table "servizio_civile"."programme" ("id" text not null, "call_year" int not null, "title" text not null, "sector" text not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "programme_call_year_index" on "servizio_civile"."programme" ("call_year");`);

    this.addSql(`create table "servizio_civile"."project" ("id" text not null, "programme_id" text not null, "title" text not null, "annual_hours" int not null, "weekly_hours" int not null, "days_per_week" int not null, "months" int not null, "obligations" text not null, "requirements" text not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "project_programme_id_index" on "servizio_civile"."project" ("programme_id");`);

    this.addSql(`create table "servizio_civile"."site" ("code" text not null, "name" text not null, "municipio_number" int null, "municipio_basis" text null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("code"));`);

    this.addSql(`create table "servizio_civile"."placement" ("id" text not null, "call_year" int not null, "project_id" text not null, "site_code" text not null, "position" int not null, "volunteers" int not null, "address_street" text null, "address_postal_code" text null, "address_city" text null, "address_latitude" double precision null, "address_longitude" double precision null, "context" text null, "objectives" jsonb not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "placement_call_year_index" on "servizio_civile"."placement" ("call_year");`);
    this.addSql(`create index "placement_project_id_index" on "servizio_civile"."placement" ("project_id");`);
    this.addSql(`create index "placement_site_code_index" on "servizio_civile"."placement" ("site_code");`);

    this.addSql(`alter table "servizio_civile"."programme" add constraint "programme_call_year_foreign" foreign key ("call_year") references "servizio_civile"."call" ("year");`);

    this.addSql(`alter table "servizio_civile"."project" add constraint "project_programme_id_foreign" foreign key ("programme_id") references "servizio_civile"."programme" ("id");`);

    this.addSql(`alter table "servizio_civile"."placement" add constraint "placement_call_year_foreign" foreign key ("call_year") references "servizio_civile"."call" ("year");`);
    this.addSql(`alter table "servizio_civile"."placement" add constraint "placement_project_id_foreign" foreign key ("project_id") references "servizio_civile"."project" ("id");`);
    this.addSql(`alter table "servizio_civile"."placement" add constraint "placement_site_code_foreign" foreign key ("site_code") references "servizio_civile"."site" ("code");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "servizio_civile"."programme" drop constraint "programme_call_year_foreign";`);
    this.addSql(`alter table "servizio_civile"."placement" drop constraint "placement_call_year_foreign";`);
    this.addSql(`alter table "servizio_civile"."project" drop constraint "project_programme_id_foreign";`);
    this.addSql(`alter table "servizio_civile"."placement" drop constraint "placement_project_id_foreign";`);
    this.addSql(`alter table "servizio_civile"."placement" drop constraint "placement_site_code_foreign";`);

    this.addSql(`drop table if exists "servizio_civile"."call" cascade;`);
    this.addSql(`drop table if exists "servizio_civile"."programme" cascade;`);
    this.addSql(`drop table if exists "servizio_civile"."project" cascade;`);
    this.addSql(`drop table if exists "servizio_civile"."site" cascade;`);
    this.addSql(`drop table if exists "servizio_civile"."placement" cascade;`);

    this.addSql(`drop schema if exists "servizio_civile";`);
  }

}
