import { DASHBOARD_OPERATIONS } from './dashboard/operations.js';
import { HSDS_OPERATIONS } from './hsds/directory-query.js';
import { POINT_JSONLD } from './jsonld/route.js';

/**
 * The documents the gateway's own consumers send — the HSDS API and the JSON-LD pages through its
 * executor, the dashboard's page through /graphql — named as each names itself. `npm run compose`
 * lists them in schema/trusted-documents.json beside the contract operations, so that with
 * HUB_TRUSTED_DOCUMENTS=on they keep working, and a change to one of them shows in that file's diff.
 */
export function ownOperations(): { name: string; body: string }[] {
  return [...HSDS_OPERATIONS, POINT_JSONLD, ...DASHBOARD_OPERATIONS].map((body) => {
    const name = /^\s*query\s+(\w+)/.exec(body)?.[1];
    if (!name) throw new Error(`an own operation of the gateway has no name: ${body.slice(0, 40)}`);
    return { name, body };
  });
}
