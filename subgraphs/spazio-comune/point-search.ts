/**
 * The text a point's `search` looks in, folded as the gateway's HSDS search folds (Unicode NFD, the
 * combining marks taken off, lower case: "Città" is "citta"), written with PostgreSQL's immutable
 * built-ins so that it can be indexed: point_search_index, a pg_trgm index on this very expression,
 * which the planner uses only while the query writes it alike. `column` qualifies a column name.
 */
export const pointSearchText = (column: (name: string) => string = (name) => `"${name}"`): string =>
  folded(['name', 'short_name', 'manager', 'address_street'].map((name) => `coalesce(${column(name)}, '')`).join(` || ' ' || `));

/** A text expression folded: NFD, combining marks (U+0300 to U+036F) off, lower case. */
export const folded = (text: string): string => `lower(regexp_replace(normalize(${text}, NFD), U&'[\\0300-\\036F]', '', 'g'))`;
