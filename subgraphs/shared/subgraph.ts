import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { Constructor, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';

/** Everything that makes one subgraph: the shared server code reads it and does the rest. */
export interface SubgraphDefinition {
  /** The subgraph's name in the supergraph, e.g. "servizio-civile". */
  name: string;
  /** The PostgreSQL schema (namespace) that this subgraph alone owns. */
  databaseSchema: string;
  /** The port it listens on unless PORT says otherwise. */
  defaultPort: number;
  entities: Constructor[];
  migrations: MigrationObject[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes as Function
  resolvers: NonEmptyArray<Function>;
  referenceResolvers: GraphQLResolverMap<unknown>;
  /** Entity types the subgraph extends but no query of its own returns (type-graphql leaves them out otherwise). */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql takes classes as Function
  orphanedTypes?: Function[];
  /** Writes the subgraph's seed data; must be idempotent (a second run changes nothing). */
  seed(em: EntityManager, options: SeedOptions): Promise<void>;
}

export interface SeedOptions {
  /** Whether the clearly marked demo data set is wanted (HUB_DEMO_DATA, on unless "off"); when not, it is removed. */
  demo: boolean;
}

/** HUB_DEMO_DATA=off starts the hub with the real facts alone. */
export function demoDataWanted(): boolean {
  return process.env.HUB_DEMO_DATA !== 'off';
}
