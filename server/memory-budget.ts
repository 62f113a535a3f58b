import { type DocumentNode, type Token, visit } from 'graphql';
import { BoundedCache, stringBytes } from './bounded-cache.js';
import { byteSize } from './config.js';

/**
 * What a server keeps across requests, in bytes: each cache has a budget and evicts past it, so
 * that no run of requests (distinct documents, distinct literals, distinct variables) can grow the
 * heap beyond their sum. Everything else a server holds lives only as long as a request.
 */
export interface MemoryBudget {
  /** HUB_DOCUMENT_CACHE: parsed and validated documents, so that a document sent again is not parsed again. */
  documents: number;
  /** HUB_QUERY_PLAN_CACHE: the gateway's query plans (a subgraph has none). */
  queryPlans: number;
  /** HUB_RESPONSE_CACHE: answers of the response cache. */
  responses: number;
  /** HUB_PERSISTED_QUERY_CACHE: documents registered by automatic persisted queries. */
  persistedQueries: number;
}

/**
 * The defaults add up to 34 MB a server (32 MB for a subgraph, which keeps no plans): answers weigh
 * most, documents and plans are many but small. The gateway's 128 MB old space (server/heap.ts)
 * holds them beside its 60 MB of live heap after start and the requests in flight.
 */
export function memoryBudgetFromEnv(env: Record<string, string | undefined> = process.env): MemoryBudget {
  return {
    documents: byteSize(env, 'HUB_DOCUMENT_CACHE', '8mb'),
    queryPlans: byteSize(env, 'HUB_QUERY_PLAN_CACHE', '8mb'),
    responses: byteSize(env, 'HUB_RESPONSE_CACHE', '16mb'),
    persistedQueries: byteSize(env, 'HUB_PERSISTED_QUERY_CACHE', '2mb'),
  };
}

/**
 * What a parsed document holds in the heap: its source text (kept by `loc`), every lexical token
 * (kept by `loc` as a linked list) and every AST node with its location. Fitted on graphql 16 and
 * Node 24 (the contract operations, documents of 2,000 tokens, documents with a 100 KB literal):
 * within 5% of the heap measured, where Apollo's own estimate (its JSON) is 3 to 4 times too low.
 */
export function documentBytes(document: DocumentNode): number {
  let tokens = 0;
  for (let token: Token | null | undefined = document.loc?.startToken; token; token = token.next) tokens++;
  let nodes = 0;
  visit(document, {
    enter() {
      nodes++;
    },
  });
  return stringBytes(document.loc?.source.body ?? '') + 100 * tokens + 200 * nodes;
}

/**
 * What a query plan holds in the heap. Its JSON (Apollo's own estimate) is about a third of it for
 * ordinary plans (a contract operation's plan is 0.6 KB of JSON and 10 KB of heap) and all of it for
 * a plan carrying a long literal; three times the JSON and 8 KB counts every case measured high.
 */
export function queryPlanBytes(plan: object): number {
  return 3 * Buffer.byteLength(JSON.stringify(plan)) + 8 * 1024;
}

/** The caches every server keeps (documents, persisted queries), sized by the budget. */
export function serverCaches(budget: MemoryBudget) {
  return {
    documents: new BoundedCache<DocumentNode>('documents', budget.documents, documentBytes),
    persistedQueries: new BoundedCache<string>('persisted-queries', budget.persistedQueries, stringBytes),
  };
}

/** The response cache's store: answers as JSON text. */
export function responseStore(budget: MemoryBudget): BoundedCache<string> {
  return new BoundedCache<string>('responses', budget.responses, stringBytes);
}

/** The gateway's query-plan store. */
export function queryPlanStore<Plan extends object>(budget: MemoryBudget): BoundedCache<Plan> & { clear(): void } {
  return new BoundedCache<Plan>('query-plans', budget.queryPlans, queryPlanBytes);
}
