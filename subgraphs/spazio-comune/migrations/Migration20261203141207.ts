import { Migration } from '@mikro-orm/migrations';

/**
 * One search text for the HSDS API and PointFilter.search, and a point's HSDS records found by id:
 * - point_search_index again, on the text point-search.ts writes now: the name, short name, the
 *   organization (the manager, or the Comune), the street, the kind's label and the network
 *   (SPAZIO COMUNE.N), folded the same on every server (marks off, A to Z lower-cased in collation C);
 * - "spazio_comune"."hsds_id"(kind, id), the UUID v5 the gateway's HSDS ids are (gateway/hsds/ids.ts),
 *   with pgcrypto's SHA-1 (taken from the schema it is in, else created in the subgraph's; a trusted
 *   extension, as pg_trgm), and point_hsds_index, a GIN index on the ids of a point's service,
 *   location, service at location and organization.
 */
export class Migration20261203141207 extends Migration {

  override name = 'Migration20261203141207';

  override up(): void | Promise<void> {
    this.addSql(String.raw`do $migration$
declare
  trgm text;
  crypto text;
begin
  select n.nspname into trgm from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
  select n.nspname into crypto from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pgcrypto';
  if crypto is null then
    create extension "pgcrypto" with schema "spazio_comune";
    crypto := 'spazio_comune';
  end if;
  -- The namespace is gateway/hsds/ids.ts's: v5 of its URL in the URL namespace.
  execute $function$create function "spazio_comune"."hsds_id"(kind text, id text) returns uuid language sql immutable strict parallel safe as $body$
  select encode(set_byte(set_byte(h, 6, (get_byte(h, 6) & 15) | 80), 8, (get_byte(h, 8) & 63) | 128), 'hex')::uuid
  from (select substring($function$ || quote_ident(crypto) || $function$."digest"('\xcc4eb7f931685a39a4f6a93acce25e78'::bytea || convert_to(kind || ':' || id, 'UTF8'), 'sha1') from 1 for 16) as h) as d
$body$$function$;
  drop index if exists "spazio_comune"."point_search_index";
  execute $index$create index "point_search_index" on "spazio_comune"."point" using gin ((lower(regexp_replace(normalize(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || case when "manager" is null or starts_with(lower(regexp_replace(normalize("manager", NFD), U&'[\0300-\036F\00B4\0060\00A8\00B7]', '', 'g') collate "C"), 'comune di milano') then 'Comune di Milano' else "manager" end || ' ' || coalesce("address_street", '') || ' ' || case "kind" when 'CSRC' then 'Centro Socio Ricreativo Culturale (CSRC)' when 'WEMI' then 'Spazio WeMi' else '' end || ' ' || coalesce('SPAZIO COMUNE.' || coalesce("municipio_number", "derived_municipio_number")::text, ''), NFD), U&'[\0300-\036F\00B4\0060\00A8\00B7]', '', 'g') collate "C")) $index$ || quote_ident(trgm) || $index$."gin_trgm_ops") with (fastupdate = off)$index$;
  create index "point_hsds_index" on "spazio_comune"."point" using gin ((array["spazio_comune"."hsds_id"('service', 'point:' || "id"), "spazio_comune"."hsds_id"('location', 'point:' || "id"), "spazio_comune"."hsds_id"('service-at-location', 'point:' || "id" || '@' || 'point:' || "id"), "spazio_comune"."hsds_id"('organization', case when "manager" is null or starts_with(lower(regexp_replace(normalize("manager", NFD), U&'[\0300-\036F\00B4\0060\00A8\00B7]', '', 'g') collate "C"), 'comune di milano') then 'Comune di Milano' else "manager" end)])) with (fastupdate = off);
end
$migration$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(String.raw`do $migration$
declare
  trgm text;
begin
  drop index if exists "spazio_comune"."point_hsds_index";
  drop function if exists "spazio_comune"."hsds_id"(text, text);
  -- Only the extension this migration created, in the subgraph's own schema.
  if exists (select 1 from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pgcrypto' and n.nspname = 'spazio_comune') then
    drop extension "pgcrypto";
  end if;
  select n.nspname into trgm from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
  drop index if exists "spazio_comune"."point_search_index";
  execute $index$create index "point_search_index" on "spazio_comune"."point" using gin ((lower(regexp_replace(normalize(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("manager", '') || ' ' || coalesce("address_street", ''), NFD), U&'[\0300-\036F]', '', 'g'))) $index$ || quote_ident(trgm) || $index$."gin_trgm_ops") with (fastupdate = off)$index$;
end
$migration$;`);
  }

}
