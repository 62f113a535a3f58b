import { Reference } from '@mikro-orm/core';
import { Ctx, Directive, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import { checkFirst, FirstArg, firstOf } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { FigureBasis } from '../shared/figure-basis.js';
import { GovernanceBody } from './governance-body.js';
import { governanceBodiesByNetwork } from './governance-body.loaders.js';
import { Municipio } from './municipio.js';
import { Operator, OperatorRole } from './operator.js';
import { operatorsByNetwork } from './operator.loaders.js';
import { Point } from './point.js';
import { pointsByMunicipio } from './point.loaders.js';
import { SpazioComune } from './spazio-comune.js';
import { networkHoursByMunicipio } from './spazio-comune.loaders.js';

/**
 * A network's points unless asked for more: a dashboard's page of nine networks, whose cost stays that
 * of 180 points however many the city has (the seed's largest network has 11).
 */
const NETWORK_POINTS = 20;

@Resolver(() => SpazioComune)
export class SpazioComuneResolver {
  // The nine networks, one per Municipio.
  @Directive('@listSize(assumedSize: 9)')
  @Query(() => [SpazioComune], { description: 'The nine municipal networks SPAZIO COMUNE.1–9.' })
  spazioComuneNetworks(@Ctx() ctx: Context): Promise<SpazioComune[]> {
    return ctx.em.find(SpazioComune, {}, { orderBy: { municipio: 'asc' } });
  }

  @FieldResolver(() => Municipio, { description: 'The Municipio the network serves.' })
  municipio(@Root() network: SpazioComune): Promise<Municipio> {
    return network.municipio.loadOrFail();
  }

  @FieldResolver(() => [Point], {
    description:
      'The points of the network (the CSRC and Spazi WeMi in its Municipio), by kind, name and id, at most `first` of them (20 unless asked); Query.points(filter: { municipio }) pages them all.',
  })
  points(@Root() network: SpazioComune, @FirstArg('points', NETWORK_POINTS) first: number, @Ctx() ctx: Context): Promise<Point[]> {
    return pointsByMunicipio(ctx, checkFirst(first)).load(Reference.unwrapReference(network.municipio).number);
  }

  @FieldResolver(() => Float, {
    description:
      'The weekly front-office hours of the network’s points summed (digital education counts as front office). With the demo data set on it includes the timetables of demo points: frontOfficeHoursPerWeekBasis tells them apart.',
  })
  async frontOfficeHoursPerWeek(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<number> {
    return (await this.frontOfficeHoursPerWeekBasis(network, ctx)).value;
  }

  @FieldResolver(() => FigureBasis, { description: 'What frontOfficeHoursPerWeek rests on: real timetables and demo ones, apart.' })
  async frontOfficeHoursPerWeekBasis(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<FigureBasis> {
    return (await networkHoursByMunicipio(ctx).load(Reference.unwrapReference(network.municipio).number)).frontOffice;
  }

  @FieldResolver(() => Float, {
    description:
      'The weekly digital-education hours of the network’s points summed. With the demo data set on it includes demo timetables: see digitalEducationHoursPerWeekBasis.',
  })
  async digitalEducationHoursPerWeek(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<number> {
    return (await this.digitalEducationHoursPerWeekBasis(network, ctx)).value;
  }

  @FieldResolver(() => FigureBasis, { description: 'What digitalEducationHoursPerWeek rests on: real timetables and demo ones, apart.' })
  async digitalEducationHoursPerWeekBasis(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<FigureBasis> {
    return (await networkHoursByMunicipio(ctx).load(Reference.unwrapReference(network.municipio).number)).digitalEducation;
  }

  @FieldResolver(() => [Operator], { description: 'The operators of the network, by role and id, at most `first` of them.' })
  async operators(@Root() network: SpazioComune, @FirstArg('operators') first: number, @Ctx() ctx: Context): Promise<Operator[]> {
    return firstOf(await operatorsByNetwork(ctx).load(network.code), first);
  }

  @FieldResolver(() => [Operator], {
    description: 'The coordinators of the network (the sheets ask for one), by id, at most `first` of them.',
  })
  async coordinators(@Root() network: SpazioComune, @FirstArg('coordinators') first: number, @Ctx() ctx: Context): Promise<Operator[]> {
    return firstOf(
      (await operatorsByNetwork(ctx).load(network.code)).filter((o) => o.role === OperatorRole.COORDINATOR),
      first,
    );
  }

  // A network has one Coordinamento and a few bodies beside it (11 for the whole city today).
  @Directive('@listSize(assumedSize: 20)')
  @FieldResolver(() => [GovernanceBody], { description: 'The governance bodies of the network (its Coordinamento).' })
  governanceBodies(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<GovernanceBody[]> {
    return governanceBodiesByNetwork(ctx).load(network.code);
  }
}
