import { Migration } from '@mikro-orm/migrations';

/**
 * PointFilter.search (the HSDS `search`) answered from an index: pg_trgm in the subgraph's schema (a
 * trusted extension: the schema's owner may create it), and a trigram index on the folded text that
 * `search` looks in (point-search.ts writes the same expression). Without GIN's pending list
 * (fastupdate off): points written in bulk are in the index at once, so that the planner, which
 * counts the pending list against the index, keeps using it until the next vacuum.
 */
export class Migration20261203113000 extends Migration {

  override name = 'Migration20261203113000';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists "pg_trgm" with schema "spazio_comune";`);
    this.addSql(`create index "point_search_index" on "spazio_comune"."point" using gin ((lower(regexp_replace(normalize(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("manager", '') || ' ' || coalesce("address_street", ''), NFD), U&'[\\0300-\\036F]', '', 'g'))) "spazio_comune"."gin_trgm_ops") with (fastupdate = off);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "spazio_comune"."point_search_index";`);
    this.addSql(`drop extension if exists "pg_trgm";`);
  }

}
