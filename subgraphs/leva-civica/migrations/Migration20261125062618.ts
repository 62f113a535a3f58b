import { Migration } from '@mikro-orm/migrations';

export class Migration20261125062618 extends Migration {

  override name = 'Migration20261125062618';

  override up(): void | Promise<void> {
    this.addSql(`create table "leva_civica"."audit_entry" ("id" bigserial primary key, "at" timestamptz(3) not null, "actor" text not null, "role" text not null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "before" jsonb not null, "after" jsonb not null);`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_id_index" on "leva_civica"."audit_entry" ("entity_type", "entity_id", "id");`);

    this.addSql(`create or replace function "leva_civica"."audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'the audit trail is append-only'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "leva_civica"."audit_entry" for each STATEMENT execute function "leva_civica"."audit_entry_audit_entry_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "leva_civica"."audit_entry";`);
    this.addSql(`drop function if exists "leva_civica"."audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "leva_civica"."audit_entry" cascade;`);
  }

}
