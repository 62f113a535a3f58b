import { Migration } from '@mikro-orm/migrations';

/**
 * Data migration (issue 14, privacy): records written through the back office kept the token's
 * sub in their public source.section. Who wrote them is in the audit trail already; the section
 * is cleared. A source is not versioned, so this touches no point's version or history.
 */
export class Migration20261203071000 extends Migration {
  override name = 'Migration20261203071000';

  override up(): void | Promise<void> {
    for (const table of ['point', 'opening_hours', 'special_schedule', 'operator', 'participation', 'shared_service'])
      this.addSql(
        `update "spazio_comune"."${table}" set "source_section" = null where "source_document" = 'Back office del Comune di Milano' and "source_section" is not null;`,
      );
  }

  override down(): void | Promise<void> {
    // Who wrote each record is in the audit trail; it is not copied back into a public field.
  }
}
