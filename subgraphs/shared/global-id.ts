import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Global object identification (https://relay.dev/graphql/objectidentification.htm): an id that is
 * unique across the whole graph and that `Query.node` turns back into its object. It is the
 * type's name and its natural key ("Municipio" and "2"), base64url-encoded as graphql-relay's
 * toGlobalId does (there with padded base64): clients must treat it as opaque, the server decodes it.
 */
export function globalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  key: string;
}

/**
 * The type and key of a global id, or null when it is not one (a point's own id such as
 * "demo-wemi-2-1", which node() looks up instead, or a string that decodes to nothing).
 */
export function decodeGlobalId(id: string): DecodedGlobalId | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):(.+)$/s.exec(text);
  if (!match || globalId(match[1] as string, match[2] as string) !== id) return null;
  return { type: match[1] as string, key: match[2] as string };
}

/**
 * The key an id argument names for one type: the key inside a global id of that type, or the id itself
 * when it is the type's own key, the form ids had before they were global (deprecated, still taken).
 */
export function keyOf(type: string, id: string): string {
  const decoded = decodeGlobalId(id);
  return decoded?.type === type ? decoded.key : id;
}

/**
 * NOT_FOUND, as GitHub answers an id that names nothing: Query.node is null and the error says which
 * id. Thrown by node() and by the subgraph that owns a type when node() handed it a key it lacks.
 */
export function nodeNotFound(id: string): GraphQLError {
  return new GraphQLError(`No object has the id "${id}".`, { extensions: { code: 'NOT_FOUND', id } });
}

/**
 * The id of a value object (an Address): its value, hashed. Equal values are one object, so a
 * normalizing cache (Apollo Client's InMemoryCache with no type policies) merges two selections of
 * one address instead of replacing one with the other. It is not a Node: node() does not take it.
 */
export function valueId(type: string, value: unknown): string {
  return `${type}:${createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22)}`;
}

/**
 * The Node interface. Each subgraph makes its own class (subgraphs/x/node.ts): type-graphql emits
 * every implementation of an interface class it knows, so one class shared by the three subgraphs
 * would put each subgraph's types into the others' schemas.
 */
export function nodeInterfaceType() {
  @InterfaceType('Node', {
    description: 'An object with a globally unique id, which Query.node(id:) resolves (Relay global object identification).',
  })
  abstract class Node {
    @Field(() => ID, { description: 'The globally unique, opaque id of the object; Query.node(id:) gives the object back.' })
    id!: string;
  }
  return Node;
}
