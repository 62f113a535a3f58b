import { Migration } from '@mikro-orm/migrations';

export class Migration20261125062610 extends Migration {

  override name = 'Migration20261125062610';

  override up(): void | Promise<void> {
    this.addSql(`create table "spazio_comune"."audit_entry" ("id" bigserial primary key, "at" timestamptz(3) not null, "actor" text not null, "role" text not null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "before" jsonb not null, "after" jsonb not null);`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_id_index" on "spazio_comune"."audit_entry" ("entity_type", "entity_id", "id");`);

    this.addSql(`alter table "spazio_comune"."point" add "version" int not null default 1, add "updated_at" timestamptz(3) not null default now();`);
    this.addSql(`create index "point_updated_at_id_index" on "spazio_comune"."point" ("updated_at", "id");`);

    this.addSql(`create or replace function "spazio_comune"."audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'the audit trail is append-only'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "spazio_comune"."audit_entry" for each STATEMENT execute function "spazio_comune"."audit_entry_audit_entry_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "spazio_comune"."audit_entry";`);
    this.addSql(`drop function if exists "spazio_comune"."audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "spazio_comune"."audit_entry" cascade;`);

    this.addSql(`drop index "spazio_comune"."point_updated_at_id_index";`);
    this.addSql(`alter table "spazio_comune"."point" drop column "version", drop column "updated_at";`);
  }

}
