import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { requestError } from './errors.js';

/** Apollo's persisted query manifest, as `npm run compose` writes it to schema/trusted-documents.json. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: 'query' | 'mutation' | 'subscription'; body: string }[];
}

/** The documents the apps may send, by the sha256 of their text (as automatic persisted queries hash them). */
export type TrustedDocuments = Map<string, string>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function manifestOf(documents: { name: string; body: string }[]): PersistedQueryManifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: documents.map(({ name, body }) => ({
      id: sha256(body),
      name,
      type: /^\s*(#[^\n]*\n\s*)*mutation\b/.test(body) ? 'mutation' : 'query',
      body,
    })),
  };
}

export function trustedDocumentsOf(manifest: PersistedQueryManifest): TrustedDocuments {
  return new Map(manifest.operations.map((o) => [o.id, o.body]));
}

/**
 * Automatic persisted queries over the trusted documents: the cache starts with every trusted
 * document, so an app can send the hash alone from its first request. Apollo keys it with "apq:".
 */
export function persistedQueriesOf(documents: TrustedDocuments) {
  const entries = new Map([...documents].map(([hash, body]) => [`apq:${hash}`, body]));
  return {
    cache: {
      get: async (key: string) => entries.get(key),
      // Only trusted documents run, and they are all there already: nothing new to remember.
      set: async () => {},
      delete: async (key: string) => entries.delete(key),
    },
  };
}

/**
 * HUB_TRUSTED_DOCUMENTS=on: a document whose sha256 is not in the list is refused with 400
 * PERSISTED_QUERY_NOT_IN_LIST before it is executed, however it came (whole or by hash).
 */
export function useTrustedDocuments(documents: TrustedDocuments): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!documents.has(queryHash)) {
            throw requestError('This hub runs only the trusted documents of its apps (schema/operations).', 'PERSISTED_QUERY_NOT_IN_LIST');
          }
        },
      };
    },
  };
}
