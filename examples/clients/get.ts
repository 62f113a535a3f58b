/**
 * A query over GET (an answer a CDN or the browser may keep): the document and its variables in the
 * URL, and the header that tells Apollo's CSRF prevention this is no cross-site form.
 */
export async function getQuery(url: string, query: string, variables: Record<string, unknown> = {}) {
  const target = new URL(url);
  target.searchParams.set('query', query);
  target.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(target, { headers: { 'apollo-require-preflight': 'true' } });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}
