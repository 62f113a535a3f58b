import { Migration } from '@mikro-orm/migrations';

export class Migration20261125062614 extends Migration {

  override name = 'Migration20261125062614';

  override up(): void | Promise<void> {
    this.addSql(`create table "servizio_civile"."audit_entry" ("id" bigserial primary key, "at" timestamptz(3) not null, "actor" text not null, "role" text not null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "before" jsonb not null, "after" jsonb not null);`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_id_index" on "servizio_civile"."audit_entry" ("entity_type", "entity_id", "id");`);

    this.addSql(`create or replace function "servizio_civile"."audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'the audit trail is append-only'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "servizio_civile"."audit_entry" for each STATEMENT execute function "servizio_civile"."audit_entry_audit_entry_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "servizio_civile"."audit_entry";`);
    this.addSql(`drop function if exists "servizio_civile"."audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "servizio_civile"."audit_entry" cascade;`);
  }

}
