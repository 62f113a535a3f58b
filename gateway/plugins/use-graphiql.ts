import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';

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
 *
 * The page (about 9 MB, with the package's code held twice as large in memory) is built at its
 * first request, not at start: a gateway that serves only apps never holds it.
 */
export function useGraphiQL(examples: ExampleOperation[]): ApolloServerPlugin {
  let page: Promise<string> | null = null;
  const render = async () => {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    return renderGraphiQL({
      title: 'Milano Municipal Graph',
      endpoint: '/graphql',
      defaultQuery: [HEADER, ...examples.map((e) => withoutFragments(e.query))].join('\n\n'),
      variables: JSON.stringify(Object.assign({}, ...examples.map((e) => e.variables ?? {})), null, 2),
    } as Parameters<typeof renderGraphiQL>[0]);
  };
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            html: () => {
              // A failed render is tried again at the next request.
              page ??= render().catch((error) => {
                page = null;
                throw error;
              });
              return page;
            },
          };
        },
      };
    },
  };
}

const HEADER = `# Milano Municipal Graph: Servizio Civile, Leva Civica and the SPAZIO COMUNE networks of the Comune di Milano.
# Below are the operations of the first clients, with example variables: press run and pick one.
# Ctrl-Space completes; the documentation of every type and field is in the panel on the left.`;

/**
 * GraphiQL sends only the chosen operation of a document but every fragment in it, and a fragment
 * the operation does not use fails validation; so in the shared document an example's fragments
 * are written inline. Examples without fragments keep their text, comments included.
 */
function withoutFragments(query: string): string {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  if (fragments.size === 0) return query.trim();
  const inlined = visit(document, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      return fragment && { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, selectionSet: fragment.selectionSet };
    },
    FragmentDefinition: () => null,
  });
  const comments = query.split('\n').filter((line) => line.startsWith('#'));
  return [...comments, print(inlined)].join('\n');
}
