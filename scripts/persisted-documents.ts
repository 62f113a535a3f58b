import { readFile } from 'node:fs/promises';
import { generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';
import { ownOperations } from '../gateway/own-operations.js';
import { type ClientPresetDocuments, manifestFromClientPreset, type PersistedQueryManifest, sha256 } from '../server/trusted-documents.js';

/** The client preset's persisted documents of the contract operations, as `npm run codegen` writes them (codegen.ts). */
export const CLIENT_PRESET_DOCUMENTS = 'examples/clients/gql/persisted-documents.json';

/**
 * The hub's trusted documents, as Apollo's persisted query manifest (schema/trusted-documents.json,
 * written by `npm run compose`): what HUB_TRUSTED_DOCUMENTS=on admits, by the hash each client sends.
 * - every contract operation of schema/operations as Apollo Client sends it, `__typename` added, by
 *   `@apollo/generate-persisted-query-manifest` itself;
 * - the same operations as GraphQL Code Generator's client preset prints and hashes them (its
 *   persisted-documents.json, from `npm run codegen`);
 * - the gateway's own documents (HSDS, JSON-LD, the dashboard) as they are sent, by the sha256 of their text.
 * So an app built with either tool runs in trusted mode as it is built. Run `npm run codegen` before
 * `npm run compose` when an operation changes; `npm run compose:check` fails while this file is stale.
 */
export async function hubManifest(root: string): Promise<PersistedQueryManifest> {
  const apollo = await generatePersistedQueryManifest({ documents: [`${root}/schema/operations/*.graphql`] }, undefined);
  const preset = manifestFromClientPreset(
    JSON.parse(await readFile(`${root}/${CLIENT_PRESET_DOCUMENTS}`, 'utf8')) as ClientPresetDocuments,
  );
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [
      ...byName(apollo.operations as PersistedQueryManifest['operations']),
      ...byName(preset.operations),
      ...ownOperations().map(({ name, body, type }) => ({ id: sha256(body), name, type, body })),
    ],
  };
}
