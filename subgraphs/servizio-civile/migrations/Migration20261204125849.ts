import { Migration } from '@mikro-orm/migrations';

export class Migration20261204125849 extends Migration {

  override name = 'Migration20261204125849';

  override up(): void | Promise<void> {
    this.addSql(`create index "audit_entry_entity_type_id_index" on "servizio_civile"."audit_entry" ("entity_type", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "servizio_civile"."audit_entry_entity_type_id_index";`);
  }

}
