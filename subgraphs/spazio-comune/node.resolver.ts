import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { decodeGlobalId } from '../shared/global-id.js';
import { Indicator } from './indicator.js';
import { Municipio } from './municipio.js';
import { Node } from './node.js';
import { Point } from './point.js';
import { ServizioCivileCall } from './servizio-civile-call.js';
import { ServizioCivileSite } from './servizio-civile-site.js';
import { SpazioComune } from './spazio-comune.js';
import { WemiCategory } from './wemi-category.js';

/** At most this many ids in one nodes(ids:), as `first` bounds a page. */
const MAX_IDS = 100;

type Finder = (ctx: Context, keys: string[]) => Promise<Map<string, Node>>;

/**
 * How each type's objects are found by the keys its global ids carry. A Servizio Civile site or call is
 * servizio-civile's: this subgraph gives its key and the gateway asks servizio-civile for the rest.
 * A point's id is its own (already unique in the graph, and what the change feed, HSDS and
 * JSON-LD rest on), so an id that is not a global id is looked up as a point's.
 */
const FINDERS: Record<string, Finder> = {
  Municipio: async (ctx, keys) => {
    const numbers = keys.filter((k) => /^[1-9]$/.test(k)).map(Number);
    const found = await ctx.em.find(Municipio, { number: { $in: numbers } });
    return new Map(found.map((m) => [String(m.number), m]));
  },
  SpazioComune: async (ctx, keys) => {
    const found = await ctx.em.find(SpazioComune, { code: { $in: keys } });
    return new Map(found.map((n) => [n.code, n]));
  },
  Indicator: async (ctx, keys) => {
    const found = await ctx.em.find(Indicator, { code: { $in: keys } });
    return new Map(found.map((i) => [i.code, i]));
  },
  ServizioCivileSite: async (_ctx, keys) =>
    new Map(keys.filter((k) => /^\d+$/.test(k)).map((code) => [code, Object.assign(new ServizioCivileSite(), { code })])),
  ServizioCivileCall: async (_ctx, keys) =>
    new Map(keys.filter((k) => /^\d{4}$/.test(k)).map((year) => [year, Object.assign(new ServizioCivileCall(), { year: Number(year) })])),
  WemiCategory: async (ctx, keys) => {
    const found = await ctx.em.find(WemiCategory, { position: { $in: keys.filter((k) => /^\d{1,3}$/.test(k)).map(Number) } });
    return new Map(found.map((c) => [String(c.position), c]));
  },
  Point: async (ctx, keys) => {
    const found = await ctx.em.find(Point, { id: { $in: keys } });
    return new Map(found.map((p) => [p.id, p]));
  },
};

/** NOT_FOUND, as GitHub answers an id that names nothing: the field is null and the error says which id. */
function notFound(id: string): GraphQLError {
  return new GraphQLError(`No object has the id "${id}".`, { extensions: { code: 'NOT_FOUND', id } });
}

/** The type and key an id names: a global id, or a point's own id. */
function target(id: string): { type: string; key: string } {
  const decoded = decodeGlobalId(id);
  if (decoded && !FINDERS[decoded.type]) throw badUserInput(`"${id}" is not the id of an object of this graph.`, 'id');
  return decoded ?? { type: 'Point', key: id };
}

async function resolveAll(ctx: Context, ids: string[]): Promise<(Node | GraphQLError)[]> {
  const targets = ids.map(target);
  const byType = new Map<string, string[]>();
  for (const t of targets) byType.set(t.type, [...(byType.get(t.type) ?? []), t.key]);
  const found = new Map<string, Map<string, Node>>();
  for (const [type, keys] of byType) found.set(type, await (FINDERS[type] as Finder)(ctx, [...new Set(keys)]));
  return targets.map((t, i) => found.get(t.type)?.get(t.key) ?? notFound(ids[i] as string));
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object of the graph by its global id (Relay global object identification); null with an error NOT_FOUND when no object has it, BAD_USER_INPUT when it cannot be an id of this graph.',
  })
  async node(@Arg('id', () => ID, { description: 'The id of the object, as its `id` field gives it.' }) id: string, @Ctx() ctx: Context) {
    const [found] = await resolveAll(ctx, [id]);
    if (found instanceof GraphQLError) throw found;
    return found;
  }

  @Directive(`@listSize(assumedSize: ${MAX_IDS})`)
  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Objects of the graph by their global ids, in the order asked (at most 100); null where no object has an id, with an error NOT_FOUND for it.',
  })
  async nodes(@Arg('ids', () => [ID], { description: 'The ids of the objects, at most 100.' }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_IDS) throw badUserInput(`At most ${MAX_IDS} ids, not ${ids.length}.`, 'ids');
    return resolveAll(ctx, ids);
  }
}
