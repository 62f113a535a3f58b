import { Migration } from '@mikro-orm/migrations';

export class Migration20261203131822 extends Migration {

  override name = 'Migration20261203131822';

  override up(): void | Promise<void> {
    this.addSql(`create index "point_wemi_id_index" on "spazio_comune"."point" ("id" collate "C") include ("source_demo") where "kind" = 'WEMI';`);

    this.addSql(`create index "operator_network_code_role_source_demo_index" on "spazio_comune"."operator" ("network_code", "role", "source_demo");`);
    this.addSql(`create index "operator_front_office_id_index" on "spazio_comune"."operator" ("id" collate "C") where "role" = 'FRONT_OFFICE';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "spazio_comune"."operator_network_code_role_source_demo_index";`);
    this.addSql(`drop index "spazio_comune"."operator_front_office_id_index";`);

    this.addSql(`drop index "spazio_comune"."point_wemi_id_index";`);
  }

}
