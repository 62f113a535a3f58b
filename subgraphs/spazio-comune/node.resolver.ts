import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { decodeGlobalId, nodeNotFound } from '../shared/global-id.js';
import { GovernanceBody } from './governance-body.js';
import { Indicator } from './indicator.js';
import { LevaCivicaProject } from './leva-civica-project.js';
import { LevaCivicaSite } from './leva-civica-site.js';
import { Municipio } from './municipio.js';
import { Node } from './node.js';
import { Operator } from './operator.js';
import { ParticipationRecord } from './participation-record.js';
import { Point } from './point.js';
import { ServizioCivileCall } from './servizio-civile-call.js';
import { ServizioCivilePlacement } from './servizio-civile-placement.js';
import { ServizioCivileProgramme } from './servizio-civile-programme.js';
import { ServizioCivileProject } from './servizio-civile-project.js';
import { ServizioCivileSite } from './servizio-civile-site.js';
import { SharedService } from './shared-service.js';
import { SheetProvision } from './sheet-provision.js';
import { SpazioComune } from './spazio-comune.js';
import { SpecialSchedule } from './special-schedule.js';
import { WemiCategory } from './wemi-category.js';

/** At most this many ids in one nodes(ids:), as `first` bounds a page. */
const MAX_IDS = 100;

type Finder = (ctx: Context, keys: string[]) => Promise<Map<string, Node>>;

/** The objects of an entity of this subgraph whose primary key `id` is one of the keys. */
const byId =
  <T extends { id: string }>(entity: EntityClass<T>): Finder =>
  async (ctx, keys) => {
    const found = await ctx.em.find(entity, { id: { $in: keys } } as unknown as FilterQuery<T>);
    return new Map(found.map((e) => [e.id, e as unknown as Node]));
  };

/** A type of another subgraph: this one gives the key alone, the gateway asks the owner for the rest. */
const elsewhere =
  <T extends Node>(type: new () => T): Finder =>
  async (_ctx, keys) =>
    new Map(keys.map((key) => [key, Object.assign(new type(), { key })]));

/**
 * How each type's objects are found by the keys its global ids carry. A Servizio Civile site, call,
 * programme, project or placement is servizio-civile's, a Leva Civica project or site leva-civica's:
 * this subgraph gives its key and the gateway asks the owner for the rest, `id` included, so an
 * unknown key is NOT_FOUND there.
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
  ServizioCivileProgramme: elsewhere(ServizioCivileProgramme),
  ServizioCivileProject: elsewhere(ServizioCivileProject),
  ServizioCivilePlacement: elsewhere(ServizioCivilePlacement),
  LevaCivicaProject: elsewhere(LevaCivicaProject),
  LevaCivicaSite: elsewhere(LevaCivicaSite),
  WemiCategory: async (ctx, keys) => {
    const found = await ctx.em.find(WemiCategory, { position: { $in: keys.filter((k) => /^\d{1,3}$/.test(k)).map(Number) } });
    return new Map(found.map((c) => [String(c.position), c]));
  },
  GovernanceBody: byId(GovernanceBody),
  SheetProvision: byId(SheetProvision),
  Operator: byId(Operator),
  ParticipationRecord: byId(ParticipationRecord),
};

/**
 * Types that kept the ids they had before Node, because the change feed, HSDS ids, JSON-LD URLs and
 * removePointSpecialSchedule rest on them: an id that is not a global id is looked up as theirs, in
 * this order (a point first, as always). The slugs of the seeds and the UUIDs the back office makes do not meet.
 */
const OWN_IDS: Record<string, Finder> = {
  Point: byId(Point),
  SharedService: byId(SharedService),
  SpecialSchedule: byId(SpecialSchedule),
};

/** The type and key a global id names, or null for an own id. */
function target(id: string): { type: string; key: string } | null {
  const decoded = decodeGlobalId(id);
  if (decoded && !FINDERS[decoded.type]) throw badUserInput(`"${id}" is not the id of an object of this graph.`, 'id');
  return decoded;
}

/** The objects that own ids name, each looked up in the types of OWN_IDS in turn. */
async function findOwn(ctx: Context, ids: string[]): Promise<Map<string, Node>> {
  const found = new Map<string, Node>();
  for (const finder of Object.values(OWN_IDS)) {
    const left = ids.filter((id) => !found.has(id));
    if (left.length === 0) break;
    for (const [id, node] of await finder(ctx, left)) found.set(id, node);
  }
  return found;
}

async function resolveAll(ctx: Context, ids: string[]): Promise<(Node | GraphQLError)[]> {
  const targets = ids.map(target);
  const byType = new Map<string, string[]>();
  for (const t of targets) if (t) byType.set(t.type, [...(byType.get(t.type) ?? []), t.key]);
  const found = new Map<string, Map<string, Node>>();
  for (const [type, keys] of byType) found.set(type, await (FINDERS[type] as Finder)(ctx, [...new Set(keys)]));
  const own = await findOwn(ctx, [...new Set(ids.filter((_, i) => !targets[i]))]);
  return targets.map((t, i) => (t ? found.get(t.type)?.get(t.key) : own.get(ids[i] as string)) ?? nodeNotFound(ids[i] as string));
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
