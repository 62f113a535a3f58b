import { Migration } from '@mikro-orm/migrations';

const SCHEMA = '"spazio_comune"';
const BACK_OFFICE = `'Back office del Comune di Milano'`;
const ACTOR = `'migration:Migration20261203071000'`;
const WRITTEN = `source_document = ${BACK_OFFICE} and source_section is not null`;

/**
 * Data migration (issue 14, privacy): records written through the back office kept the token's
 * sub in their public source.section. Who wrote them is in the audit trail already; the section
 * is cleared, as any other write: a point whose own source or whose hours, special schedules or
 * operators changed gets version + 1 and an updatedAt from the change feed's clock (the same
 * advisory lock and instant as `feedInstant` in subgraphs/shared/write.ts), so an app that mirrors
 * points through `pointsModifiedSince` drops the sub too; every cleared record gets an audit entry
 * by "migration:Migration20261203071000" with the section before and after.
 *
 * Edited in place after it first ran on development databases: it was never released (never
 * landed on main of a deployment), so no database out there holds its first version. A database
 * that ran that first version has cleared sections without the bump; clearing its sections again
 * finds nothing to do.
 */
export class Migration20261203071000 extends Migration {
  override name = 'Migration20261203071000';

  override up(): void | Promise<void> {
    // The change feed's lock on the point table, so no write commits an earlier updatedAt meanwhile.
    this.addSql(`select pg_advisory_xact_lock(hashtext('${SCHEMA}."point"'));`);
    // A point's own source and the sources of the rows it lists (hours, schedules, operators), one
    // statement: every CTE sees the rows as they were, so the sections before are read beside the updates.
    this.addSql(`with
  old_rows as (
    select 'point' as tbl, id, id as point_id, source_section from ${SCHEMA}."point" where ${WRITTEN}
    union all select 'opening_hours', id, point_id, source_section from ${SCHEMA}."opening_hours" where ${WRITTEN}
    union all select 'special_schedule', id, point_id, source_section from ${SCHEMA}."special_schedule" where ${WRITTEN}
    union all select 'operator', id, point_id, source_section from ${SCHEMA}."operator" where ${WRITTEN}
  ),
  hours as (update ${SCHEMA}."opening_hours" set source_section = null where id in (select id from old_rows where tbl = 'opening_hours')),
  schedules as (update ${SCHEMA}."special_schedule" set source_section = null where id in (select id from old_rows where tbl = 'special_schedule')),
  operators as (update ${SCHEMA}."operator" set source_section = null where id in (select id from old_rows where tbl = 'operator')),
  instant as (
    select greatest(date_trunc('milliseconds', clock_timestamp()), max(updated_at) + interval '1 millisecond') as at from ${SCHEMA}."point"
  ),
  bumped as (
    update ${SCHEMA}."point" p set
      source_section = case when p.id in (select id from old_rows where tbl = 'point') then null else p.source_section end,
      version = p.version + 1,
      updated_at = (select at from instant)
    where p.id in (select point_id from old_rows where point_id is not null)
    returning p.id, p.updated_at
  )
insert into ${SCHEMA}."audit_entry" ("at", "actor", "role", "action", "entity_type", "entity_id", "before", "after")
select b.updated_at, ${ACTOR}, 'admin', 'dataMigration', 'Point', b.id,
  jsonb_build_object('source.section', jsonb_object_agg(o.tbl || ' ' || o.id, o.source_section)),
  jsonb_build_object('source.section', jsonb_object_agg(o.tbl || ' ' || o.id, null))
from bumped b join old_rows o on o.point_id = b.id
group by b.id, b.updated_at;`);
    // Records that are not part of a point (no version, no change feed): cleared and audited.
    for (const [table, entityType] of [
      ['participation', 'ParticipationRecord'],
      ['shared_service', 'SharedService'],
    ])
      this.addSql(`with
  old_rows as (select id, source_section from ${SCHEMA}."${table}" where ${WRITTEN}),
  cleared as (update ${SCHEMA}."${table}" set source_section = null where id in (select id from old_rows))
insert into ${SCHEMA}."audit_entry" ("at", "actor", "role", "action", "entity_type", "entity_id", "before", "after")
select date_trunc('milliseconds', clock_timestamp()), ${ACTOR}, 'admin', 'dataMigration', '${entityType}', id,
  jsonb_build_object('source', jsonb_build_object('section', source_section)), jsonb_build_object('source', jsonb_build_object('section', null))
from old_rows;`);
  }

  override down(): void | Promise<void> {
    // Who wrote each record is in the audit trail; it is not copied back into a public field.
  }
}
