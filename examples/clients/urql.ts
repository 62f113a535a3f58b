import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { PointsPageDocument } from './gql/graphql.js';

/**
 * urql's core client on the hub: its document cache, fetch. urql sends queries as GET when the URL is
 * short enough, so it sends the header Apollo's CSRF prevention asks of a GET (without it: 400).
 */
export function urqlClient(url: string): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
  });
}

/** A page of the points of a Municipio; pass the last page's endCursor as `after` for the next. */
export async function pointsPage(client: Client, municipio: number, first: number, after?: string) {
  const result = await client.query(PointsPageDocument, { first, after, filter: { municipio } }).toPromise();
  if (result.error) throw result.error;
  return result.data?.points ?? null;
}
