import { Migration } from '@mikro-orm/migrations';

export class Migration20261203115913 extends Migration {

  override name = 'Migration20261203115913';

  override up(): void | Promise<void> {
    this.addSql(`create index "point_municipio_order_index" on "spazio_comune"."point" ((coalesce("municipio_number", "derived_municipio_number")), "kind", "name", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "spazio_comune"."point_municipio_order_index";`);
  }

}
