import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PointScheduleDocument } from './gql/graphql.js';

/** Apollo Client 4 on the hub: its default cache, no type policies. */
export function hubClient(uri: string): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache() });
}

/** A point's page: open at an instant (a DateTime with its offset), when that changes next, its hours. */
export async function pointSchedule(client: ApolloClient, id: string, at: string) {
  const { data } = await client.query({ query: PointScheduleDocument, variables: { id, at } });
  return data?.point ?? null;
}
