import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { FirstArg, MAX_PAGE } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { globalId, nodeNotFound } from '../shared/global-id.js';
import { selects } from '../shared/selects.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementCountByProject, placementsByProject } from './placement.loaders.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';
import { projectById, volunteersByProject } from './project.loaders.js';

/**
 * The placements a project lists unless asked for more: 7 in the 2022 call of the Comune, about 23
 * on average in a national call. 10 (a call's 10 projects, each with 10) keeps a call page quick and
 * the HSDS programmes, which read every call's projects and placements, under HUB_MAX_COST.
 */
const PROJECT_PLACEMENTS = 10;

@Resolver(() => ServizioCivileProject)
export class ServizioCivileProjectResolver {
  @FieldResolver(() => [ServizioCivilePlacement], {
    description: `The sites of the project with their volunteers, in the order of the call, at most \`first\` of them (${PROJECT_PLACEMENTS} unless asked, 1 to ${MAX_PAGE}); placementCount tells how many there are, servizioCivilePlacements(projectId) pages through all of them.`,
  })
  placements(
    @Root() project: ServizioCivileProject,
    @FirstArg('placements', PROJECT_PLACEMENTS) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ServizioCivilePlacement[]> {
    return placementsByProject(ctx, first, selects(info, 'site')).load(project.id);
  }

  @FieldResolver(() => Int, { description: 'How many placements (sites) the project has (placements lists the first of them).' })
  placementCount(@Root() project: ServizioCivileProject, @Ctx() ctx: Context): Promise<number> {
    return placementCountByProject(ctx).load(project.id);
  }

  @FieldResolver(() => Int, { description: 'The volunteers of every placement of the project.' })
  volunteers(@Root() project: ServizioCivileProject, @Ctx() ctx: Context): Promise<number> {
    return volunteersByProject(ctx).load(project.id);
  }

  @FieldResolver(() => ServizioCivileProgramme, { description: 'The programme the project belongs to.' })
  programme(@Root() project: ServizioCivileProject): Promise<ServizioCivileProgramme> {
    return project.programme.loadOrFail();
  }
}

/** Query.node (spazio-comune) hands a project's key here; an unknown key is NOT_FOUND, so node() is null. */
export const servizioCivileProjectReference = {
  ServizioCivileProject: {
    __resolveReference: async (reference: { key: string }, ctx: Context) => {
      const project = await projectById(ctx).load(reference.key);
      if (!project) throw nodeNotFound(globalId('ServizioCivileProject', reference.key));
      return project;
    },
  },
};
