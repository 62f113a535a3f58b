import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { Call } from './call.js';
import { placementsOfCall, programmesOfCall, projectsOfCall } from './loaders.js';
import { Placement } from './placement.js';
import { Programme } from './programme.js';
import { Project } from './project.js';

@Resolver(() => Call)
export class CallResolver {
  @FieldResolver(() => Int, { description: 'The volunteers of every placement of the call, including sites whose Municipio is unknown.' })
  async totalVolunteers(@Root() call: Call, @Ctx() ctx: Context): Promise<number> {
    const placements = await placementsOfCall(ctx).load(call.year);
    return placements.reduce((sum, p) => sum + p.volunteers, 0);
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme of the call; null when the call has none on record. See `programmes` when there are several.',
  })
  async programme(@Root() call: Call, @Ctx() ctx: Context): Promise<Programme | null> {
    return (await programmesOfCall(ctx).load(call.year))[0] ?? null;
  }

  @FieldResolver(() => [Programme], { description: 'Every programme presented in the call.' })
  programmes(@Root() call: Call, @Ctx() ctx: Context): Promise<Programme[]> {
    return programmesOfCall(ctx).load(call.year);
  }

  @FieldResolver(() => [Project], { description: 'Every project of the programmes of the call.' })
  projects(@Root() call: Call, @Ctx() ctx: Context): Promise<Project[]> {
    return projectsOfCall(ctx).load(call.year);
  }

  @FieldResolver(() => [Placement], { description: 'Every placement of the call: volunteers per site and project.' })
  placements(@Root() call: Call, @Ctx() ctx: Context): Promise<Placement[]> {
    return placementsOfCall(ctx).load(call.year);
  }
}
