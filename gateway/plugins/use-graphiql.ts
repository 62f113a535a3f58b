import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface ExampleOperation {
  query: string;
  variables?: Record<string, unknown>;
}

const WELCOME: ExampleOperation = {
  query: `# Milano Municipal Graph: Servizio Civile, Leva Civica and the SPAZIO COMUNE networks of the Comune di Milano.
# The other tabs hold the operations of the first clients, with example variables. Ctrl-Space completes, the docs are on the left.
query Municipi {
  municipi {
    number
    name
    spazioComune {
      code
    }
  }
}
`,
};

/**
 * Serves GraphiQL as the gateway's landing page (GET /graphql from a browser). Its scripts, styles
 * and editor workers are inlined from the npm package, so the page makes no request to any
 * outside address and works offline. The examples open as tabs.
 */
export function useGraphiQL(examples: ExampleOperation[]): ApolloServerPlugin {
  const html = renderGraphiQL({
    title: 'Milano Municipal Graph',
    endpoint: '/graphql',
    // GraphiQL leaves the variables editor of the first tab empty on load (it fills it only on a tab
    // switch), so the first tab is a welcome query that needs none; the examples follow it.
    defaultTabs: [WELCOME, ...examples].map((e) => ({
      query: e.query,
      variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
    })),
  });
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
