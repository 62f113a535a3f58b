import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface ExampleOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Serves GraphiQL as the gateway's landing page (GET /graphql from a browser). Its scripts, styles
 * and editor workers are inlined from the npm package, so the page makes no request to any
 * outside address and works offline. The examples open as tabs.
 */
export function useGraphiQL(examples: ExampleOperation[]): ApolloServerPlugin {
  const html = renderGraphiQL({
    title: 'Milano Municipal Graph',
    endpoint: '/graphql',
    defaultTabs: examples.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined })),
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
