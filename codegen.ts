import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * How each custom scalar of the graph reaches TypeScript: every one travels as JSON text or an object,
 * never as a Date (a DateTime keeps its offset as written). Shared by both outputs below, and quoted by
 * the README's page for client developers.
 */
export const SCALARS = {
  DateTime: 'string',
  LocalDate: 'string',
  LocalTime: 'string',
  URL: 'string',
  JSON: 'unknown',
  JSONObject: 'Record<string, unknown>',
};

/**
 * npm run codegen; CI runs `npm run codegen -- --check`: the checked-in files must be what this writes.
 *
 * - The typed documents of the gateway's own consumers: the HSDS API, the JSON-LD pages and the
 *   dashboard, from their .graphql files checked against the API schema the gateway serves. Each
 *   document is a string (TypedDocumentString) that carries its result and variables types, so a schema
 *   change that breaks a consumer fails `npm run typecheck`, and the dashboard's bundle needs no graphql-js.
 * - The contract operations as a client developer builds them (examples/clients/, README "For client
 *   developers"): GraphQL Code Generator's client preset with the scalars above and its persisted
 *   documents (`persisted-documents.json`, the sha256 of each printed document), which the hub's trusted
 *   documents list too (npm run compose).
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  generates: {
    'gateway/isomorphic/graph-documents.generated.ts': {
      documents: ['gateway/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { documentMode: 'string', useTypeImports: true, skipTypename: true, scalars: SCALARS },
    },
    'examples/clients/gql/': {
      documents: ['schema/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { useTypeImports: true, scalars: SCALARS, enumsAsTypes: true, emitLegacyCommonJSImports: false },
    },
  },
};

export default config;
