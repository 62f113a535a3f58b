import { keptColumn } from '../shared/kept-column.js';
import { fold, folded } from '../shared/search.js';

/**
 * The SQL of PointFilter.search and PointFilter.hsdsIds, each written once. `column` qualifies a column name.
 * - search looks in a point's `search_text`, which a trigger keeps (the text folded once a write, not
 *   at every row a search reads: a search that matches most points counts them all for totalCount);
 *   point_search_index is a trigram index on that column.
 * - hsdsIds: point_hsds_index is on the very expression, and the planner uses it only while the
 *   query writes it alike (Migration20261203141207).
 */

/**
 * The Italian labels of the kinds, as the gateway writes them (gateway/isomorphic/point-label.ts;
 * test/hsds-search.spec.ts checks that the two agree), so that "centro" finds every CSRC.
 */
export const KIND_LABELS = { CSRC: 'Centro Socio Ricreativo Culturale (CSRC)', WEMI: 'Spazio WeMi' } as const;

/** The body an HSDS client sees as the organization of a point: its manager, or the Comune when none or one of its offices. */
export const COMUNE = 'Comune di Milano';

/**
 * The text a point's `search` looks in: its name, short name, the organization that runs it, its
 * street, its kind and its network (SPAZIO COMUNE.N), folded. Immutable built-ins only, so that it
 * can be indexed.
 */
export const pointSearchText = (column: (name: string) => string = (name) => `"${name}"`): string =>
  folded(
    [
      `coalesce(${column('name')}, '')`,
      `coalesce(${column('short_name')}, '')`,
      organizationName(column),
      `coalesce(${column('address_street')}, '')`,
      `case ${column('kind')} when 'CSRC' then '${KIND_LABELS.CSRC}' when 'WEMI' then '${KIND_LABELS.WEMI}' else '' end`,
      `coalesce('SPAZIO COMUNE.' || coalesce(${column('municipio_number')}, ${column('derived_municipio_number')})::text, '')`,
    ].join(` || ' ' || `),
  );

/** The organization's name, as gateway/hsds/directory.ts names it: the Comune for none or any of its offices, else the manager. */
const organizationName = (column: (name: string) => string) =>
  `case when ${column('manager')} is null or starts_with(${folded(column('manager'))}, '${fold(COMUNE)}') then '${COMUNE}' else ${column('manager')} end`;

/**
 * A point's `search_text`, kept by the database from the columns it is made of (created by
 * Migration20261204092859): its function, and its trigger for the entity.
 */
export const POINT_SEARCH_TEXT = keptColumn({
  schema: 'spazio_comune',
  table: 'point',
  column: 'search_text',
  from: ['name', 'short_name', 'manager', 'address_street', 'kind', 'municipio_number', 'derived_municipio_number'],
  value: pointSearchText,
});

/**
 * The HSDS ids of a point's records (gateway/hsds/ids.ts: a UUID v5 of "<kind>:<our key>"): its
 * service, location, service at location and organization, computed by "spazio_comune"."hsds_id"
 * (the migration writes it with pgcrypto), so that the gateway can ask for a record by its HSDS id.
 */
export const pointHsdsIds = (column: (name: string) => string = (name) => `"${name}"`): string => {
  const key = `'point:' || ${column('id')}`;
  const id = (kind: string, of: string) => `"spazio_comune"."hsds_id"('${kind}', ${of})`;
  return `array[${id('service', key)}, ${id('location', key)}, ${id('service-at-location', `${key} || '@' || ${key}`)}, ${id('organization', organizationName(column))}]`;
};
