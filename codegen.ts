import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed documents of the gateway's own consumers (npm run codegen): the HSDS API, the JSON-LD pages
 * and the dashboard, from their .graphql files checked against the API schema the gateway serves. Each
 * document is a string (TypedDocumentString) that carries its result and variables types, so a schema
 * change that breaks a consumer fails `npm run typecheck`, and the dashboard's bundle needs no graphql-js.
 * CI runs `npm run codegen -- --check`: the checked-in file must be what this writes.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['gateway/**/*.graphql'],
  generates: {
    'gateway/isomorphic/graph-documents.generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        useTypeImports: true,
        skipTypename: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          LocalTime: 'string',
          URL: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
