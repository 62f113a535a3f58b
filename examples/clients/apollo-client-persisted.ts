import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import {
  generatePersistedQueryIdsFromManifest,
  type PersistedQueryManifestForGeneratingPersistedQueryIds,
} from '@apollo/persisted-query-lists';

/**
 * Apollo Client sending each operation by its id in the manifest that `generate-persisted-query-manifest`
 * wrote from the app's documents: the hash alone, never the document, so it runs on a hub with
 * HUB_TRUSTED_DOCUMENTS=on.
 */
export function trustedHubClient(uri: string, manifest: PersistedQueryManifestForGeneratingPersistedQueryIds): ApolloClient {
  const persisted = new PersistedQueryLink(generatePersistedQueryIdsFromManifest({ loadManifest: async () => manifest }));
  return new ApolloClient({ link: persisted.concat(new HttpLink({ uri })), cache: new InMemoryCache() });
}
