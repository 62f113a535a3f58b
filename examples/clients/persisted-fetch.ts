import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * Runs a document of the client preset (persistedDocuments on) by its hash alone: `documentId`, as the
 * GraphQL-over-HTTP specification's persisted documents name it. The hub runs it in trusted mode too.
 */
export async function runPersisted<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const { hash } = (document as { __meta__?: { hash?: string } }).__meta__ ?? {};
  if (!hash) throw new Error('not a persisted document: generate with persistedDocuments on');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ documentId: hash, variables }),
  });
  const { data, errors } = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (errors?.length || !data) throw new Error(errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return data;
}
