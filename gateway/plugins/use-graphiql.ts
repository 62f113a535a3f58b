import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface ExampleOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Serves GraphiQL as the gateway's landing page (GET /graphql from a browser). Its scripts, styles
 * and editor workers are inlined from the npm package, so the page makes no request to any
 * outside address and works offline.
 *
 * The examples open as one document (the run button asks which operation to run) with their
 * variables merged: GraphiQL's own tabs lose the variables of the first tab on load and keep the
 * previous tab's operation name after a switch, so they cannot carry runnable examples.
 */
export function useGraphiQL(examples: ExampleOperation[]): ApolloServerPlugin {
  const html = renderGraphiQL({
    title: 'Milano Municipal Graph',
    endpoint: '/graphql',
    defaultQuery: [HEADER, ...examples.map((e) => e.query.trim())].join('\n\n'),
    variables: JSON.stringify(Object.assign({}, ...examples.map((e) => e.variables ?? {})), null, 2),
  } as Parameters<typeof renderGraphiQL>[0]);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

const HEADER = `# Milano Municipal Graph: Servizio Civile, Leva Civica and the SPAZIO COMUNE networks of the Comune di Milano.
# Below are the operations of the first clients, with example variables: press run and pick one.
# Ctrl-Space completes; the documentation of every type and field is in the panel on the left.`;
