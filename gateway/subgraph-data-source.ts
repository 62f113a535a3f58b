import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { AUTHORIZATION_HEADER } from '../server/authorization-header.js';
import { logger } from '../server/logger.js';
import { CACHED_AT_HEADER, READS_HEADER, WROTE_HEADER } from '../server/response-cache.js';
import { EVERYTHING, tagOf } from '../server/response-cache-clock.js';
import { injectTraceContext } from '../server/tracing.js';
import { SubgraphClient, SubgraphTimeoutError, WriteOutcomeUnknownError } from './subgraph-client.js';
import { SubgraphAnswerTooLargeError } from './subgraph-http.js';

export interface GatewayContext {
  /** The client's Authorization header, passed on to the subgraphs as it came. */
  authorization?: string;
  /** True when the request carries no token the gateway verified (none, or one that does not verify): it reads what anyone reads. */
  anonymous: boolean;
  requestId?: string;
  /** Set when a subgraph answered from its cache at a version the gateway does not follow: the answer is not kept. */
  staleSubgraphAnswer?: boolean;
  /** What the subgraphs' answers read, tagged `subgraph/table`: the gateway's answer is kept until one changes. */
  reads?: Set<string>;
  /** What the subgraphs' mutations wrote, tagged likewise. */
  wrote?: Set<string>;
}

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/** The data versions the gateway follows (gateway/data-version.ts). */
export interface FollowedVersions {
  /** The whole graph's version now, or null while unknown. */
  current(): string | null;
  /** Whether a subgraph's x-hub-cached-at is the version followed for it now. */
  isCurrent(subgraph: string, version: string): boolean;
}

/**
 * How the gateway talks to one subgraph: over SubgraphClient (keep-alive, shared identical fetches,
 * a timeout), passing the client's Authorization header on. What goes wrong is told to the client
 * by the subgraph's name, never by its internal URL or raw HTTP response: a subgraph that refuses
 * the request (a 4xx with GraphQL errors) answers with its own code; one that does not answer in
 * time, SUBGRAPH_TIMEOUT; one that cannot be reached or fails, SUBGRAPH_UNAVAILABLE; a mutation sent
 * and left without an answer (its own timeout, a broken connection), WRITE_OUTCOME_UNKNOWN.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly versions: FollowedVersions,
    /** The most bytes of a subgraph's answer the gateway reads (HUB_MAX_RESPONSE). */
    maxBytes?: number,
  ) {
    super({ url, fetcher: new SubgraphClient(undefined, () => versions.current(), undefined, maxBytes).fetch });
  }

  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse['response'] {
    const cachedAt = response.http?.headers.get(CACHED_AT_HEADER);
    if (cachedAt && !this.versions.isCurrent(this.serviceName, cachedAt)) context.staleSubgraphAnswer = true;
    const wrote = response.http?.headers.get(WROTE_HEADER);
    const reads = response.http?.headers.get(READS_HEADER);
    // An answer that does not say what it read or wrote (a subgraph without a cache, an older one):
    // anything of that subgraph.
    const unknown = wrote == null && reads == null;
    if (wrote != null || unknown) {
      context.wrote ??= new Set();
      this.tagAll(context.wrote, wrote ?? EVERYTHING);
    }
    if (reads != null || unknown) {
      context.reads ??= new Set();
      this.tagAll(context.reads, reads ?? EVERYTHING);
    }
    return response;
  }

  /** Adds the tables of a READS_HEADER or WROTE_HEADER (`point,place` or `*`), tagged with this subgraph's name. */
  private tagAll(into: Set<string>, tables: string): void {
    for (const table of tables.split(',')) if (table) into.add(tagOf(this.serviceName, table));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('authorization' in context && context.authorization) request.http?.headers.set(AUTHORIZATION_HEADER, context.authorization);
    if ('requestId' in context && context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    injectTraceContext(request.http?.headers);
  }

  override didEncounterError(error: Error): void {
    const refusal = subgraphRefusal(error);
    if (refusal) {
      throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, serviceName: this.serviceName } });
    }
    // The subgraph's trouble is the hub's, not the client's: logged, with the subgraph's name.
    logger.error({ service: 'gateway', subgraph: this.serviceName, err: error.message }, 'subgraph fetch failed');
    if (error instanceof SubgraphAnswerTooLargeError) {
      throw new GraphQLError(
        `The ${this.serviceName} part of the graph answered more than ${error.maxBytes} bytes, more than the gateway reads; ask for fewer items or fields.`,
        { extensions: { code: 'SUBGRAPH_RESPONSE_TOO_LARGE', serviceName: this.serviceName, maxBytes: error.maxBytes } },
      );
    }
    if (error instanceof WriteOutcomeUnknownError) {
      // Never "refused": the subgraph may have committed the write. The client reads before it retries.
      throw new GraphQLError(
        `The ${this.serviceName} part of the graph received the write and gave no answer: whether it was committed is unknown. Read the records it writes (their version, Point.history) before you send it again; an import can be sent again as a dry run, which reports nothing to change if it was committed.`,
        { extensions: { code: 'WRITE_OUTCOME_UNKNOWN', serviceName: this.serviceName } },
      );
    }
    if (error instanceof SubgraphTimeoutError) {
      throw new GraphQLError(`The ${this.serviceName} part of the graph did not answer in time; the rest of the answer is complete.`, {
        extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: this.serviceName },
      });
    }
    throw new GraphQLError(`The ${this.serviceName} part of the graph is unavailable right now; the rest of the answer is complete.`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
    });
  }
}

/**
 * The first error of a subgraph's 4xx answer, when that answer is a GraphQL response whose error
 * has a code: the subgraph was up and refused what it was asked (an invalid DateTime, say).
 */
function subgraphRefusal(error: Error): { message: string; code: string } | null {
  if (!(error instanceof GraphQLError)) return null;
  const response = error.extensions.response as { status?: number; body?: unknown } | undefined;
  if (!response?.status || response.status < 400 || response.status >= 500) return null;
  const first = (response.body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors?.[0];
  if (typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return null;
  return { message: first.message, code: first.extensions.code };
}
