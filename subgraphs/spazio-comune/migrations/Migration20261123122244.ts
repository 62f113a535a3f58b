import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122244 extends Migration {

  override name = 'Migration20261123122244';

  override up(): void | Promise<void> {
    this.addSql(`create table "spazio_comune"."special_schedule" ("id" text not null, "point_id" text not null, "valid_from" date not null, "valid_to" date not null, "closed" boolean not null, "opens" text null, "closes" text null, "activity" "spazio_comune"."activity" null, "reason" text not null, "source_document" text not null, "source_section" text null, "source_url" text null, "source_demo" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "special_schedule_point_id_index" on "spazio_comune"."special_schedule" ("point_id");`);

    this.addSql(`alter table "spazio_comune"."indicator" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."municipio" add "area" polygon null, add "source_demo" boolean not null default false;`);
    this.addSql(`create index "municipio_area_index" on "spazio_comune"."municipio" using gist ("area");`);

    this.addSql(`alter table "spazio_comune"."network" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."governance_body" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."point" add "derived_municipio_number" int null, add "source_demo" boolean not null default false;`);
    this.addSql(`alter table "spazio_comune"."point" add constraint "point_derived_municipio_number_foreign" foreign key ("derived_municipio_number") references "spazio_comune"."municipio" ("number") on delete set null;`);
    this.addSql(`create index "point_derived_municipio_number_index" on "spazio_comune"."point" ("derived_municipio_number");`);

    this.addSql(`alter table "spazio_comune"."participation" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."operator" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."opening_hours" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."shared_service" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."wemi_category" add "source_demo" boolean not null default false;`);

    this.addSql(`alter table "spazio_comune"."special_schedule" add constraint "special_schedule_point_id_foreign" foreign key ("point_id") references "spazio_comune"."point" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "spazio_comune"."special_schedule" cascade;`);

    this.addSql(`alter table "spazio_comune"."point" drop constraint "point_derived_municipio_number_foreign";`);

    this.addSql(`alter table "spazio_comune"."governance_body" drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."indicator" drop column "source_demo";`);

    this.addSql(`drop index "spazio_comune"."municipio_area_index";`);
    this.addSql(`alter table "spazio_comune"."municipio" drop column "area", drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."network" drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."opening_hours" drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."operator" drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."participation" drop column "source_demo";`);

    this.addSql(`drop index "spazio_comune"."point_derived_municipio_number_index";`);
    this.addSql(`alter table "spazio_comune"."point" drop column "derived_municipio_number", drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."shared_service" drop column "source_demo";`);

    this.addSql(`alter table "spazio_comune"."wemi_category" drop column "source_demo";`);
  }

}
