import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { FigureBasis } from '../shared/figure-basis.js';
import { ServizioCivileCall } from './call.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementsByCall, volunteersByCall } from './placement.loaders.js';
import { ServizioCivileProgramme } from './programme.js';
import { programmesByCall } from './programme.loaders.js';
import { ServizioCivileProject } from './project.js';
import { projectsByCall } from './project.loaders.js';
import { checkCallYear } from './validation.js';

@Resolver(() => ServizioCivileCall)
export class ServizioCivileCallResolver {
  @Query(() => [ServizioCivileCall], {
    description: 'The calls of Servizio Civile Universale on record, newest first, at most `first` of them.',
  })
  servizioCivileCalls(@FirstArg('calls') first: number, @Ctx() ctx: Context): Promise<ServizioCivileCall[]> {
    return ctx.em.find(ServizioCivileCall, {}, { orderBy: { year: 'desc' }, limit: checkFirst(first) });
  }

  @Query(() => ServizioCivileCall, { nullable: true, description: 'One call by its year; null when there is no call for that year.' })
  servizioCivileCall(
    @Arg('year', () => Int, { description: 'The year of the call, e.g. 2022.' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileCall | null> {
    return ctx.em.findOne(ServizioCivileCall, { year: checkCallYear(year) });
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
    description: 'The programme of the call; null when the call has none on record. See `programmes` when there are several.',
  })
  async programme(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<ServizioCivileProgramme | null> {
    return (await programmesByCall(ctx).load(call.year))[0] ?? null;
  }

  // A call of the Comune presents one programme, or a few.
  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [ServizioCivileProgramme], { description: 'Every programme presented in the call.' })
  programmes(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<ServizioCivileProgramme[]> {
    return programmesByCall(ctx).load(call.year);
  }

  // A call of the Comune di Milano has had a handful of projects; 20 leaves room.
  @Directive('@listSize(assumedSize: 20)')
  @FieldResolver(() => [ServizioCivileProject], { description: 'Every project of the programmes of the call.' })
  projects(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<ServizioCivileProject[]> {
    return projectsByCall(ctx).load(call.year);
  }

  // One per site and project: a hundred for a large call of the Comune.
  @Directive('@listSize(assumedSize: 100)')
  @FieldResolver(() => [ServizioCivilePlacement], { description: 'Every placement of the call: volunteers per site and project.' })
  placements(@Root() call: ServizioCivileCall, @Ctx() ctx: Context): Promise<ServizioCivilePlacement[]> {
    return placementsByCall(ctx).load(call.year);
  }
}
