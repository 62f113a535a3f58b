import { Migration } from '@mikro-orm/migrations';

export class Migration20261204125932 extends Migration {

  override name = 'Migration20261204125932';

  override up(): void | Promise<void> {
    this.addSql(`create index "audit_entry_entity_type_id_index" on "spazio_comune"."audit_entry" ("entity_type", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "spazio_comune"."audit_entry_entity_type_id_index";`);
  }

}
