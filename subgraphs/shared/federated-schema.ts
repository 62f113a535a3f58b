import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { sizeListsByFirst } from './list-size.js';
import { rejectInvalidScalars } from './scalars.js';

/**
 * Federation 2.9 (which brings @cost and @listSize, the demand control directives; composition and
 * gateway 2.14 accept up to 2.14). The supergraph carries them, so the gateway prices a document
 * from the same directives as each subgraph (server/cost.ts).
 */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@inaccessible", "@cost", "@listSize"])';

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL, as checked in under schema/. */
  sdl: string;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes, the same way for every subgraph:
 * type-graphql builds and prints the schema (keeping @key and @shareable), @apollo/subgraph adds
 * _entities and _service, and each entity gets its __resolveReference.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<FederatedSchema> {
  const typeGraphqlSchema = await buildSchema({
    ...options,
    globalMiddlewares: [rejectInvalidScalars, ...(options.globalMiddlewares ?? [])],
    skipCheck: true,
  });
  sizeListsByFirst(typeGraphqlSchema);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolver] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(resolver as object) };
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}
