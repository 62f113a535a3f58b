import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, parse } from 'graphql';
import { requestError } from './errors.js';

/**
 * Apollo's persisted query manifest, as `@apollo/generate-persisted-query-manifest` writes it (and
 * `npm run compose` writes schema/trusted-documents.json): each operation's `id` is the sha256 of its
 * `body`, the document as its client sends it.
 */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: { id: string; name: string; type: 'query' | 'mutation' | 'subscription'; body: string }[];
}

/**
 * GraphQL Code Generator's client preset with `persistedDocuments` (persisted-documents.json): each
 * document printed, by "sha256:<hex of its sha256>".
 */
export type ClientPresetDocuments = Record<string, string>;

/** The documents the apps may send, by the sha256 they send for it (as automatic persisted queries hash them). */
export type TrustedDocuments = Map<string, string>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The client preset's persisted documents as Apollo's manifest: the same documents by the same hashes. */
export function manifestFromClientPreset(documents: ClientPresetDocuments): PersistedQueryManifest {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: Object.entries(documents).map(([hash, body]) => {
      const operation = parse(body).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (!operation?.name) throw new Error(`A persisted document has no named operation: ${body.slice(0, 40)}`);
      return { id: hash.replace(/^sha256:/, ''), name: operation.name.value, type: operation.operation, body };
    }),
  };
}

/** Either kind of manifest, as written by its tool. */
export function isPersistedQueryManifest(value: unknown): value is PersistedQueryManifest {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'apollo-persisted-query-manifest';
}

/**
 * The trusted documents of one or more manifests, each either Apollo's manifest or the client preset's
 * persisted documents (an app built with either tool runs from its own manifest as it was generated).
 */
export function trustedDocumentsOf(...manifests: (PersistedQueryManifest | ClientPresetDocuments)[]): TrustedDocuments {
  return new Map(
    manifests
      .map((m) => (isPersistedQueryManifest(m) ? m : manifestFromClientPreset(m)))
      .flatMap((m) => m.operations.map((o) => [o.id, o.body] as const)),
  );
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
            throw requestError(
              'This hub runs only the trusted documents of its apps (schema/trusted-documents.json): send one of them, or its sha256 as a persisted query.',
              'PERSISTED_QUERY_NOT_IN_LIST',
            );
          }
        },
      };
    },
  };
}
