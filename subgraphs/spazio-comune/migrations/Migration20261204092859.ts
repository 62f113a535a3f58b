import { Migration } from '@mikro-orm/migrations';
import { POINT_SEARCH_TEXT } from '../point-search.js';

/**
 * PointFilter.search reads a stored text, not the fold of every row it looks at: the search for a
 * word most points hold ("spazio") counted 10,000 points in 54 ms folding each, in 8 ms reading
 * the stored text.
 * - point.search_text, written by the trigger point_search_text (point-search.ts) before every
 *   insert, and every update of a column it is made of, whoever writes;
 * - every point's text written here (the statement triggers of the network hours see points that
 *   did not move: their totals do not change);
 * - point_search_index again, a trigram index on that column (pg_trgm's operator class, from the
 *   schema the extension is in). Not analyzed here: statistics of the seed's 75 points, taken
 *   before an import of 10,000, made that import half again slower; the update of every row
 *   brings autovacuum's analyze soon enough.
 */
export class Migration20261204092859 extends Migration {
  override name = 'Migration20261204092859';

  override up(): void | Promise<void> {
    // The index on the old expression first, so that the update below does not fold every row for it too.
    this.addSql(`drop index if exists "spazio_comune"."point_search_index";`);
    this.addSql(`alter table "spazio_comune"."point" add column "search_text" text collate "C" null;`);
    this.addSql(`${POINT_SEARCH_TEXT.functionSql};`);
    this.addSql(`${POINT_SEARCH_TEXT.trigger.expression};`);
    // Every point's text, written by the trigger (a write of the text itself is made again from the columns).
    this.addSql(`update "spazio_comune"."point" set "search_text" = null;`);
    this.addSql(String.raw`do $migration$
declare
  trgm text;
begin
  select n.nspname into trgm from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
  execute 'create index "point_search_index" on "spazio_comune"."point" using gin ("search_text" ' || quote_ident(trgm) || '."gin_trgm_ops") with (fastupdate = off)';
end
$migration$;`);
  }

  override down(): void | Promise<void> {
    for (const drop of POINT_SEARCH_TEXT.dropSql) this.addSql(`${drop};`);
    this.addSql(String.raw`do $migration$
declare
  trgm text;
begin
  select n.nspname into trgm from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
  drop index if exists "spazio_comune"."point_search_index";
  alter table "spazio_comune"."point" drop column "search_text";
  execute $index$create index "point_search_index" on "spazio_comune"."point" using gin ((lower(regexp_replace(normalize(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || case when "manager" is null or starts_with(lower(regexp_replace(normalize("manager", NFD), U&'[\0300-\036F\00B4\0060\00A8\00B7]', '', 'g') collate "C"), 'comune di milano') then 'Comune di Milano' else "manager" end || ' ' || coalesce("address_street", '') || ' ' || case "kind" when 'CSRC' then 'Centro Socio Ricreativo Culturale (CSRC)' when 'WEMI' then 'Spazio WeMi' else '' end || ' ' || coalesce('SPAZIO COMUNE.' || coalesce("municipio_number", "derived_municipio_number")::text, ''), NFD), U&'[\0300-\036F\00B4\0060\00A8\00B7]', '', 'g') collate "C")) $index$ || quote_ident(trgm) || $index$."gin_trgm_ops") with (fastupdate = off)$index$;
end
$migration$;`);
  }
}
