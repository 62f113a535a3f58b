import type { DocumentNode } from 'graphql';

/**
 * What is computed once per parsed document and key, for the work every request repeats on the same
 * document (its price, its NUL check). Apollo keeps a parsed document in its document cache and hands
 * the same object to every request with that text, so the memo lives as long as that entry and no
 * longer (a WeakMap), and holds at most `keys` values a document (a document asked with endless new
 * variables keeps its last few).
 */
export function documentMemo<T>(keys = 8): (document: DocumentNode, key: string, compute: () => T) => T {
  const memo = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, key, compute) => {
    let values = memo.get(document);
    if (!values) {
      values = new Map();
      memo.set(document, values);
    }
    if (values.has(key)) return values.get(key) as T;
    const value = compute();
    if (values.size >= keys) values.delete(values.keys().next().value as string);
    values.set(key, value);
    return value;
  };
}
