/**
 * The SQL of PointFilter.search and PointFilter.hsdsIds, each written once: the indexes
 * (point_search_index, point_hsds_index, Migration20261203141207) are on these very expressions,
 * and the planner uses them only while the query writes them alike. `column` qualifies a column name.
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
 * The HSDS ids of a point's records (gateway/hsds/ids.ts: a UUID v5 of "<kind>:<our key>"): its
 * service, location, service at location and organization, computed by "spazio_comune"."hsds_id"
 * (the migration writes it with pgcrypto), so that the gateway can ask for a record by its HSDS id.
 */
export const pointHsdsIds = (column: (name: string) => string = (name) => `"${name}"`): string => {
  const key = `'point:' || ${column('id')}`;
  const id = (kind: string, of: string) => `"spazio_comune"."hsds_id"('${kind}', ${of})`;
  return `array[${id('service', key)}, ${id('location', key)}, ${id('service-at-location', `${key} || '@' || ${key}`)}, ${id('organization', organizationName(column))}]`;
};

/**
 * The marks the fold takes off once a text is decomposed (NFD): the combining marks U+0300 to U+036F,
 * and the spacing accents typed in their place (´ ` ¨) and the middle dot (·). The gateway's fold
 * (gateway/hsds/search.ts) takes off the same; test/hsds-search.spec.ts runs both on the same text.
 */
const MARKS = String.raw`U&'[\0300-\036F\00B4\0060\00A8\00B7]'`;

/**
 * A text expression folded: NFD, the marks off, lower case for A to Z only (collation "C": the same
 * on every server, whatever its locale; letters that NFD does not decompose, such as Œ, keep their case).
 */
export const folded = (text: string): string => `lower(regexp_replace(normalize(${text}, NFD), ${MARKS}, '', 'g') collate "C")`;

/** The same fold in JavaScript, for the constants written into the SQL. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00b4\u0060\u00a8\u00b7]/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Words of `search` shorter than this are left out: a trigram index cannot answer them. */
export const MIN_SEARCH_WORD = 3;
/** At most this many words, each at most this long (what a person types; a longer one is refused). */
export const MAX_SEARCH_WORDS = 10;
export const MAX_SEARCH_WORD_LENGTH = 40;
