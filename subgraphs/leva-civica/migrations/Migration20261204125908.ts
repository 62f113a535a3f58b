import { Migration } from '@mikro-orm/migrations';

export class Migration20261204125908 extends Migration {

  override name = 'Migration20261204125908';

  override up(): void | Promise<void> {
    this.addSql(`create index "audit_entry_entity_type_id_index" on "leva_civica"."audit_entry" ("entity_type", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "leva_civica"."audit_entry_entity_type_id_index";`);
  }

}
