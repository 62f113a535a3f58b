import { Migration } from '@mikro-orm/migrations';

export class Migration20261123112544 extends Migration {

  override name = 'Migration20261123112544';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "spazio_comune";`);
    this.addSql(`create type "spazio_comune"."indicator_kind" as enum ('OUTPUT', 'RESULT');`);
    this.addSql(`create type "spazio_comune"."governance_level" as enum ('DIRECTIVE', 'MANAGEMENT', 'PROJECT');`);
    this.addSql(`create type "spazio_comune"."point_kind" as enum ('CSRC', 'WEMI');`);
    this.addSql(`create type "spazio_comune"."operator_role" as enum ('FRONT_OFFICE', 'COORDINATOR', 'CSRC_REFERENT', 'COMMUNITY_SOCIAL_WORKER', 'MUNICIPIO_TECHNICIAN');`);
    this.addSql(`create type "spazio_comune"."weekday" as enum ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');`);
    this.addSql(`create type "spazio_comune"."activity" as enum ('FRONT_OFFICE', 'DIGITAL_EDUCATION', 'OTHER');`);
    this.addSql(`create type "spazio_comune"."shared_service_area" as enum ('ACTIVE_AGEING', 'WORK_LIFE_BALANCE', 'STUDY_SUPPORT', 'SOCIAL_HEALTH');`);
    this.addSql(`create table "spazio_comune"."indicator" ("code" text not null, "kind" "spazio_comune"."indicator_kind" not null, "description" text not null, "unit" text not null, "target2024" int null, "target2027" int null, "note" text null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("code"));`);

    this.addSql(`create table "spazio_comune"."municipio" ("number" int not null, "name" text not null, "area_km2" double precision not null, "boundary" jsonb not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("number"));`);

    this.addSql(`create table "spazio_comune"."network" ("code" text not null, "municipio_number" int not null, "family_assistant_register" boolean null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("code"));`);
    this.addSql(`create index "network_municipio_number_index" on "spazio_comune"."network" ("municipio_number");`);

    this.addSql(`create table "spazio_comune"."governance_body" ("id" text not null, "level" "spazio_comune"."governance_level" not null, "name" text not null, "network_code" text null, "description" text not null, "members" jsonb not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "governance_body_network_code_index" on "spazio_comune"."governance_body" ("network_code");`);

    this.addSql(`create table "spazio_comune"."point" ("id" text not null, "kind" "spazio_comune"."point_kind" not null, "name" text not null, "short_name" text null, "address_street" text null, "address_postal_code" text null, "address_city" text null, "address_latitude" double precision null, "address_longitude" double precision null, "municipio_number" int null, "manager" text null, "opened_on" date null, "hours_as_written" text null, "notes" text null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "point_municipio_number_index" on "spazio_comune"."point" ("municipio_number");`);
    this.addSql(`create index "point_address_latitude_address_longitude_index" on "spazio_comune"."point" ("address_latitude", "address_longitude");`);

    this.addSql(`create table "spazio_comune"."participation" ("id" text not null, "indicator_code" text not null, "network_code" text null, "point_id" text null, "recorded_on" date not null, "quantity" int not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "participation_indicator_code_index" on "spazio_comune"."participation" ("indicator_code");`);
    this.addSql(`create index "participation_network_code_index" on "spazio_comune"."participation" ("network_code");`);
    this.addSql(`create index "participation_point_id_index" on "spazio_comune"."participation" ("point_id");`);

    this.addSql(`create table "spazio_comune"."operator" ("id" text not null, "network_code" text not null, "point_id" text null, "role" "spazio_comune"."operator_role" not null, "weekly_hours" double precision not null, "front_office_hours" double precision null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "operator_network_code_index" on "spazio_comune"."operator" ("network_code");`);
    this.addSql(`create index "operator_point_id_index" on "spazio_comune"."operator" ("point_id");`);

    this.addSql(`create table "spazio_comune"."opening_hours" ("id" text not null, "point_id" text not null, "day" "spazio_comune"."weekday" not null, "opens" text not null, "closes" text not null, "activity" "spazio_comune"."activity" not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);
    this.addSql(`create index "opening_hours_point_id_index" on "spazio_comune"."opening_hours" ("point_id");`);

    this.addSql(`create table "spazio_comune"."shared_service" ("id" text not null, "name" text not null, "area" "spazio_comune"."shared_service_area" not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("id"));`);

    this.addSql(`create table "spazio_comune"."wemi_category" ("position" int not null, "name" text not null, "source_document" text not null, "source_section" text null, "source_url" text null, primary key ("position"));`);

    this.addSql(`alter table "spazio_comune"."network" add constraint "network_municipio_number_foreign" foreign key ("municipio_number") references "spazio_comune"."municipio" ("number");`);

    this.addSql(`alter table "spazio_comune"."governance_body" add constraint "governance_body_network_code_foreign" foreign key ("network_code") references "spazio_comune"."network" ("code") on delete set null;`);

    this.addSql(`alter table "spazio_comune"."point" add constraint "point_municipio_number_foreign" foreign key ("municipio_number") references "spazio_comune"."municipio" ("number") on delete set null;`);

    this.addSql(`alter table "spazio_comune"."participation" add constraint "participation_indicator_code_foreign" foreign key ("indicator_code") references "spazio_comune"."indicator" ("code");`);
    this.addSql(`alter table "spazio_comune"."participation" add constraint "participation_network_code_foreign" foreign key ("network_code") references "spazio_comune"."network" ("code") on delete set null;`);
    this.addSql(`alter table "spazio_comune"."participation" add constraint "participation_point_id_foreign" foreign key ("point_id") references "spazio_comune"."point" ("id") on delete set null;`);

    this.addSql(`alter table "spazio_comune"."operator" add constraint "operator_network_code_foreign" foreign key ("network_code") references "spazio_comune"."network" ("code");`);
    this.addSql(`alter table "spazio_comune"."operator" add constraint "operator_point_id_foreign" foreign key ("point_id") references "spazio_comune"."point" ("id") on delete set null;`);

    this.addSql(`alter table "spazio_comune"."opening_hours" add constraint "opening_hours_point_id_foreign" foreign key ("point_id") references "spazio_comune"."point" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "spazio_comune"."participation" drop constraint "participation_indicator_code_foreign";`);
    this.addSql(`alter table "spazio_comune"."network" drop constraint "network_municipio_number_foreign";`);
    this.addSql(`alter table "spazio_comune"."point" drop constraint "point_municipio_number_foreign";`);
    this.addSql(`alter table "spazio_comune"."governance_body" drop constraint "governance_body_network_code_foreign";`);
    this.addSql(`alter table "spazio_comune"."participation" drop constraint "participation_network_code_foreign";`);
    this.addSql(`alter table "spazio_comune"."operator" drop constraint "operator_network_code_foreign";`);
    this.addSql(`alter table "spazio_comune"."participation" drop constraint "participation_point_id_foreign";`);
    this.addSql(`alter table "spazio_comune"."operator" drop constraint "operator_point_id_foreign";`);
    this.addSql(`alter table "spazio_comune"."opening_hours" drop constraint "opening_hours_point_id_foreign";`);

    this.addSql(`drop table if exists "spazio_comune"."indicator" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."municipio" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."network" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."governance_body" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."point" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."participation" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."operator" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."opening_hours" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."shared_service" cascade;`);
    this.addSql(`drop table if exists "spazio_comune"."wemi_category" cascade;`);

    this.addSql(`drop type "spazio_comune"."indicator_kind";`);
    this.addSql(`drop type "spazio_comune"."governance_level";`);
    this.addSql(`drop type "spazio_comune"."point_kind";`);
    this.addSql(`drop type "spazio_comune"."operator_role";`);
    this.addSql(`drop type "spazio_comune"."weekday";`);
    this.addSql(`drop type "spazio_comune"."activity";`);
    this.addSql(`drop type "spazio_comune"."shared_service_area";`);
    this.addSql(`drop schema if exists "spazio_comune";`);
  }

}
