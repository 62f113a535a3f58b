import type { TypedDocumentString } from '../../isomorphic/graph-documents.generated.js';

/**
 * The back office's only way to the graph: its documents (../backoffice.graphql, typed by `npm run
 * codegen`) sent to the hub's own /graphql with the signed-in person's token, as any client sends them.
 */

/** The token is missing, expired or refused: the page asks to sign in again. */
export class SignInNeeded extends Error {}

/** What a mutation's payload says was wrong (its `userErrors`). */
export interface Problem {
  field?: string[] | null;
  message: string;
  code: string;
  currentVersion?: number | null;
  line?: number | null;
}

let bearer: () => string | null = () => null;

/** Where the token comes from (session.ts). */
export function useToken(token: () => string | null): void {
  bearer = token;
}

interface Answer<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * Sends one document. An UNAUTHENTICATED error, or none but no token while one is needed, is a
 * SignInNeeded; other errors fail the request unless `partial` names the fields that may fail alone
 * (a point's history for someone who may not read it).
 */
export async function send<Data, Variables>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  partial: string[] = [],
): Promise<Data> {
  const token = bearer();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as Answer<Data>;
  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw new SignInNeeded('La sessione non è più valida.');
  const fatal = errors.filter((e) => !partial.includes(String(e.path?.at(-1))));
  if (fatal.length || !body.data) throw new Error(fatal.map((e) => e.message).join('; ') || `HTTP ${response.status}`);
  return body.data;
}
