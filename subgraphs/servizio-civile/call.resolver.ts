import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { lastChangeAt } from '../shared/audit-entry-connection.js';
import { checkFirst, checkSkip, FirstArg, MAX_PAGE, MAX_SKIP } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { FigureBasis } from '../shared/figure-basis.js';
import { globalId, keyOf, nodeNotFound } from '../shared/global-id.js';
import { DateTime } from '../shared/scalars.js';
import { childFields } from '../shared/selects.js';
import { ServizioCivileCall } from './call.js';
import { callByYear } from './call.loaders.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementCountByCall, placementsByCall, volunteersByCall } from './placement.loaders.js';
import { ServizioCivileProgramme } from './programme.js';
import { programmeCountByCall, programmesByCall } from './programme.loaders.js';
import { ServizioCivileProject } from './project.js';
import { projectCountByCall, projectsByCall } from './project.loaders.js';
import { checkHsdsIds, MAX_HSDS_IDS, projectIdsByHsdsId } from './project-hsds.js';
import { checkCallYear } from './validation.js';

/** What a call lists unless asked for more (its counts tell whether there are more). */
const CALL_PROGRAMMES = 10;
const CALL_PROJECTS = 10;

const SEARCH_RULES =
  'In any case and with or without accents ("citta" finds "Città"); at most 10 words of at most 40 characters; words under 3 characters are left out, and a text of such words alone is refused (BAD_USER_INPUT).';
const SEARCH = `Only the projects whose title holds every word of this text. ${SEARCH_RULES}`;

@Resolver(() => ServizioCivileCall)
export class ServizioCivileCallResolver {
  @Query(() => [ServizioCivileCall], {
    description: 'The calls of Servizio Civile Universale on record, newest first, at most `first` of them.',
  })
  servizioCivileCalls(@FirstArg('calls') first: number, @Ctx() ctx: Context): Promise<ServizioCivileCall[]> {
    return ctx.em.find(ServizioCivileCall, {}, { orderBy: { year: 'desc' }, limit: checkFirst(first) });
  }

  @Directive('@cost(weight: 1)')
  @Query(() => DateTime, {
    nullable: true,
    description:
      'When a call, programme, project, site or placement last changed (an import or a data migration): the entry last appended to the audit trail; null when none has been since the seed. The catalogue’s dct:modified.',
  })
  servizioCivileChangedAt(@Ctx() ctx: Context): Promise<Date | null> {
    return lastChangeAt(ctx.em);
  }

  @Query(() => ServizioCivileCall, { nullable: true, description: 'One call by its year; null when there is no call for that year.' })
  servizioCivileCall(
    @Arg('year', () => Int, { description: 'The year of the call, e.g. 2022.' }) year: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ServizioCivileCall | null> {
    const checked = checkCallYear(year);
    readAhead(ctx, checked, info);
    return ctx.em.findOne(ServizioCivileCall, { year: checked });
  }

  @FieldResolver(() => Int, {
    description:
      'The volunteers of every placement of the call, including sites whose Municipio is unknown. See totalVolunteersBasis for what it rests on.',
  })
  async totalVolunteers(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<number> {
    return (await this.totalVolunteersBasis(call, ctx)).value;
  }

  @FieldResolver(() => FigureBasis, { description: 'What totalVolunteers rests on: real placements and any of the demo data set, apart.' })
  totalVolunteersBasis(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<FigureBasis> {
    return volunteersByCall(ctx).load(call.year);
  }

  @FieldResolver(() => ServizioCivileProgramme, {
    nullable: true,
    description:
      'The programme of the call (the first by id); null when the call has none on record. See `programmes` when there are several.',
  })
  async programme(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<ServizioCivileProgramme | null> {
    return (await programmesByCall(ctx, 1).load(call.year))[0] ?? null;
  }

  // A call of the Comune presents one programme or a few; a national call about 600.
  @FieldResolver(() => [ServizioCivileProgramme], {
    description: `The programmes presented in the call, by id, at most \`first\` of them (${CALL_PROGRAMMES} unless asked, 1 to ${MAX_PAGE}); programmeCount tells how many there are.`,
  })
  programmes(
    @Root() call: ServizioCivileCall,
    @FirstArg('programmes', CALL_PROGRAMMES) first: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileProgramme[]> {
    return programmesByCall(ctx, first).load(call.year);
  }

  @FieldResolver(() => Int, { description: 'How many programmes the call presents (programmes lists the first of them).' })
  programmeCount(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<number> {
    return programmeCountByCall(ctx).load(call.year);
  }

  // A call of the Comune has had a handful of projects, a national call about 3,000. Measured at scale 100
  // (load 12): a call page of 20 projects of 10 placements took 196 ms, of 10 projects 122 ms, of 5 58 ms;
  // the time goes in hydrating the entities, so the default is 10 (and the counts tell what there is).
  @FieldResolver(() => [ServizioCivileProject], {
    description: `The projects of the programmes of the call, by key, at most \`first\` of them (${CALL_PROJECTS} unless asked, 1 to ${MAX_PAGE}); projectCount tells how many there are, and the next ones come with after set to the id of the last.`,
  })
  async projects(
    @Root() call: ServizioCivileCall,
    @FirstArg('projects', CALL_PROJECTS) first: number,
    @Ctx() ctx: Context,
    @Arg('after', () => ID, {
      nullable: true,
      description:
        'Only the projects that come after this one: the id of the last project of the previous ones; its key, the id it had before global ids, is still taken (deprecated).',
    })
    after?: string | null,
    @Arg('skip', () => Int, {
      nullable: true,
      description: `How many projects to pass over before the list (after \`after\`, if given), for numbered pages: 0 (the default) to ${MAX_SKIP}, more is refused (BAD_USER_INPUT, argumentName skip).`,
    })
    skip?: number | null,
    @Arg('search', () => String, { nullable: true, description: SEARCH })
    search?: string | null,
    @Arg('hsdsIds', () => [ID], {
      nullable: true,
      description: `Only the projects one of whose records in the HSDS 3.0 directory API (/hsds) has one of these ids: the project's service, or its service at one of its sites. UUIDs, at most ${MAX_HSDS_IDS}.`,
    })
    hsdsIds?: string[] | null,
  ): Promise<ServizioCivileProject[]> {
    const only = hsdsIds ? await projectIdsByHsdsId(ctx, checkHsdsIds(hsdsIds)).load(call.year) : null;
    const afterKey = after == null ? null : keyOf('ServizioCivileProject', after);
    return projectsByCall(ctx, first, afterKey, checkSkip(skip), search ?? null, only).load(call.year);
  }

  @FieldResolver(() => Int, {
    description:
      'How many projects the programmes of the call hold (projects lists the first of them), or with search how many of them it keeps.',
  })
  projectCount(
    @Root() call: ServizioCivileCall,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: SEARCH }) search?: string | null,
  ): Promise<number> {
    return projectCountByCall(ctx, search ?? null).load(call.year);
  }

  // One per site and project: a national call has about 70,000.
  @FieldResolver(() => [ServizioCivilePlacement], {
    description: `The placements of the call (volunteers per site and project) in the order of the call, at most \`first\` of them (${MAX_PAGE} unless asked, 1 to ${MAX_PAGE}); placementCount tells how many there are, servizioCivilePlacements(callYear) pages through all of them.`,
  })
  placements(
    @Root() call: ServizioCivileCall,
    @FirstArg('placements', MAX_PAGE) first: number,
    @Ctx() ctx: Context,
    @Arg('skip', () => Int, {
      nullable: true,
      description: `How many placements to pass over before the list, for numbered pages: 0 (the default) to ${MAX_SKIP}, more is refused (BAD_USER_INPUT, argumentName skip).`,
    })
    skip?: number | null,
    @Arg('search', () => String, {
      nullable: true,
      description: `Only the placements of the projects whose title holds every word of this text. ${SEARCH_RULES}`,
    })
    search?: string | null,
  ): Promise<ServizioCivilePlacement[]> {
    return placementsByCall(ctx, first, checkSkip(skip), search ?? null).load(call.year);
  }

  @FieldResolver(() => Int, {
    description:
      'How many placements the call holds (placements lists the first of them), or with search how many of its projects whose title holds the words.',
  })
  placementCount(
    @Root() call: ServizioCivileCall,
    @Ctx() ctx: Context,
    @Arg('search', () => String, {
      nullable: true,
      description: `Only the placements of the projects whose title holds every word of this text. ${SEARCH_RULES}`,
    })
    search?: string | null,
  ): Promise<number> {
    return placementCountByCall(ctx, search ?? null).load(call.year);
  }
}

/**
 * What a call page reads next (its volunteers, its programme, its first projects) depends on the year
 * alone: asked for beside the call itself, so that the page waits for one round trip to the database
 * where it waited for two. Each is the very load its field's resolver makes (a list only when asked
 * for without arguments, as the resolver then reads it), kept by the request's loaders: nothing is read
 * twice. A failure reaches the client through the field that reads it; for a year with no call, the
 * loads find nothing and no field reads them.
 */
function readAhead(ctx: Context, year: number, info: GraphQLResolveInfo): void {
  const asked = (name: string) => childFields(info, name);
  const ahead: Promise<unknown>[] = [];
  if (asked('totalVolunteers').length > 0 || asked('totalVolunteersBasis').length > 0) ahead.push(volunteersByCall(ctx).load(year));
  if (asked('programme').length > 0) ahead.push(programmesByCall(ctx, 1).load(year));
  const projects = asked('projects');
  if (projects.length > 0 && projects.every((field) => !field.arguments?.length)) {
    ahead.push(projectsByCall(ctx, CALL_PROJECTS, null, 0, null, null).load(year));
  }
  for (const read of ahead) read.catch(() => {});
}

/** Query.node (spazio-comune) hands a call's year here; an unknown year is NOT_FOUND, so node() is null. */
export const servizioCivileCallReference = {
  ServizioCivileCall: {
    __resolveReference: async (reference: { year: number }, ctx: Context) => {
      const call = await callByYear(ctx).load(reference.year);
      if (!call) throw nodeNotFound(globalId('ServizioCivileCall', reference.year));
      return call;
    },
  },
};
