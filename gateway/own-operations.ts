import * as documents from './isomorphic/graph-documents.generated.js';

/**
 * The documents the gateway's own consumers send — the HSDS API and the JSON-LD pages through its
 * executor, the dashboard's page through /graphql — named as each names itself: every operation of
 * the generated typed documents (npm run codegen), the only way they write one. `npm run compose`
 * lists them in schema/trusted-documents.json beside the contract operations, so that with
 * HUB_TRUSTED_DOCUMENTS=on they keep working, and a change to one of them shows in that file's diff.
 */
export function ownOperations(): { name: string; body: string; type: 'query' | 'mutation' }[] {
  const operations: { name: string; body: string; type: 'query' | 'mutation' }[] = [];
  for (const document of Object.values(documents)) {
    if (!(document instanceof documents.TypedDocumentString) || document.__meta__?.fragmentName) continue;
    const body = document.toString();
    const [, type, name] = /^\s*(query|mutation)\s+(\w+)/.exec(body) ?? [];
    if (!name) throw new Error(`an own operation of the gateway has no name: ${body.slice(0, 40)}`);
    operations.push({ name, body, type: type as 'query' | 'mutation' });
  }
  // By name: the order of a module's exports is not one order everywhere (Node sorts them, a bundler may not).
  return operations.sort((a, b) => (a.name < b.name ? -1 : 1));
}
