import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010547 extends Migration {

  override name = 'Migration20261202010547';

  override up(): void | Promise<void> {
    this.addSql(`create type "spazio_comune"."sheet_provision_kind" as enum ('GENERAL_AIM', 'OBJECTIVE', 'ACTIVITY', 'STAFF', 'FUNDING', 'OBLIGATION', 'GOVERNANCE', 'BODY', 'SYSTEM_ACTION', 'ROLE');`);
    this.addSql(`create type "spazio_comune"."party" as enum ('COMUNE_DI_MILANO', 'ETS');`);
    this.addSql(`create table "spazio_comune"."sheet_provision" ("id" text not null, "sheet" int not null, "kind" "spazio_comune"."sheet_provision_kind" not null, "position" int not null, "label" text null, "text" text not null, "parent_id" text null, "party" "spazio_comune"."party" null, "amount_euro" double precision null, "percent" double precision null, "items" jsonb not null, "source_document" text not null, "source_section" text null, "source_url" text null, "source_demo" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "sheet_provision_parent_id_index" on "spazio_comune"."sheet_provision" ("parent_id");`);

    this.addSql(`alter table "spazio_comune"."point" alter column "name" drop not null;`);

    this.addSql(`alter table "spazio_comune"."governance_body" add "reports_to_id" text null, add "reports_through" text null;`);
    this.addSql(`alter table "spazio_comune"."governance_body" add constraint "governance_body_reports_to_id_foreign" foreign key ("reports_to_id") references "spazio_comune"."governance_body" ("id") on delete set null;`);
    this.addSql(`create index "governance_body_reports_to_id_index" on "spazio_comune"."governance_body" ("reports_to_id");`);

    this.addSql(`alter table "spazio_comune"."sheet_provision" add constraint "sheet_provision_parent_id_foreign" foreign key ("parent_id") references "spazio_comune"."sheet_provision" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "spazio_comune"."sheet_provision" drop constraint "sheet_provision_parent_id_foreign";`);

    this.addSql(`drop table if exists "spazio_comune"."sheet_provision" cascade;`);

    this.addSql(`alter table "spazio_comune"."governance_body" drop constraint "governance_body_reports_to_id_foreign";`);

    this.addSql(`drop index "spazio_comune"."governance_body_reports_to_id_index";`);
    this.addSql(`alter table "spazio_comune"."governance_body" drop column "reports_to_id", drop column "reports_through";`);

    this.addSql(`alter table "spazio_comune"."point" alter column "name" set not null;`);

    this.addSql(`drop type "spazio_comune"."sheet_provision_kind";`);
    this.addSql(`drop type "spazio_comune"."party";`);
  }

}
