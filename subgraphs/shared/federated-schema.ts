import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType, parse } from 'graphql';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { sizeListsByFirst } from './list-size.js';
import { rejectRefusedArguments } from './scalars.js';

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
    skipCheck: true,
  });
  sizeListsByFirst(typeGraphqlSchema);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  checkArgumentsFirst(typeGraphqlSchema, resolvers);
  for (const [typeName, resolver] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(resolver as object) };
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}

/**
 * Wraps the resolver of every field that takes arguments so that a value its scalar refused answers
 * BAD_USER_INPUT before it runs (scalars.ts). Only those fields: a type-graphql global middleware
 * would wrap every field, and made each plain property async (a profile of 1,000 compliance rows
 * showed most of the time in that per-field work).
 */
function checkArgumentsFirst(schema: GraphQLSchema, resolvers: GraphQLResolverMap<unknown>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const ofType = resolvers[type.name] as Record<string, unknown> | undefined;
    if (!ofType) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const entry = ofType[field.name];
      const resolve = (typeof entry === 'function' ? entry : (entry as { resolve?: unknown } | undefined)?.resolve) as
        | GraphQLFieldResolver<unknown, unknown>
        | undefined;
      if (!resolve) continue;
      const checked: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
        rejectRefusedArguments(args);
        return resolve(root, args, context, info);
      };
      ofType[field.name] = typeof entry === 'function' ? checked : { ...(entry as object), resolve: checked };
    }
  }
}
