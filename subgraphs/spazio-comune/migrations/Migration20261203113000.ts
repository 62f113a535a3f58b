import { Migration } from '@mikro-orm/migrations';

/**
 * PointFilter.search (the HSDS `search`) answered from an index: pg_trgm (created in the subgraph's
 * schema unless the database has it already; a trusted extension, which needs CREATE on the database),
 * and a trigram index on the folded text that
 * `search` looks in (point-search.ts writes the same expression). Without GIN's pending list
 * (fastupdate off): points written in bulk are in the index at once, so that the planner, which
 * counts the pending list against the index, keeps using it until the next vacuum.
 */
export class Migration20261203113000 extends Migration {

  override name = 'Migration20261203113000';

  override up(): void | Promise<void> {
    // pg_trgm may be there already, in another schema (often public, on a managed server): its
    // operator class is then taken from where it is, and only a missing extension is created here.
    this.addSql(`do $migration$
declare
  home text;
begin
  select n.nspname into home from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
  if home is null then
    create extension "pg_trgm" with schema "spazio_comune";
    home := 'spazio_comune';
  end if;
  execute $index$create index "point_search_index" on "spazio_comune"."point" using gin ((lower(regexp_replace(normalize(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("manager", '') || ' ' || coalesce("address_street", ''), NFD), U&'[\\0300-\\036F]', '', 'g'))) $index$ || quote_ident(home) || $index$."gin_trgm_ops") with (fastupdate = off)$index$;
end
$migration$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "spazio_comune"."point_search_index";`);
    // Only the extension this migration created, in the subgraph's own schema.
    this.addSql(`do $migration$ begin
  if exists (select 1 from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm' and n.nspname = 'spazio_comune') then
    drop extension "pg_trgm";
  end if;
end $migration$;`);
  }

}
