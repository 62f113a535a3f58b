import { Reference } from '@mikro-orm/core';
import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { OperatorRole } from './enums.js';
import { GovernanceBody } from './governance-body.js';
import { governanceOfNetwork, intervalsOfPoint, operatorsOfNetwork, pointsOfMunicipio } from './loaders.js';
import { Municipio } from './municipio.js';
import { Operator } from './operator.js';
import { Point } from './point.js';
import { digitalEducationHours, frontOfficeHours } from './schedule.js';
import { SpazioComune } from './spazio-comune.js';

@Resolver(() => SpazioComune)
export class SpazioComuneResolver {
  @FieldResolver(() => Municipio, { description: 'The Municipio the network serves.' })
  municipio(@Root() network: SpazioComune): Promise<Municipio> {
    return network.municipio.loadOrFail();
  }

  @FieldResolver(() => [Point], { description: 'The points of the network (the CSRC and Spazi WeMi in its Municipio).' })
  points(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<Point[]> {
    return pointsOfMunicipio(ctx).load(Reference.unwrapReference(network.municipio).number);
  }

  @FieldResolver(() => Float, {
    description: 'The weekly front-office hours of the network’s points summed (digital education counts as front office).',
  })
  async frontOfficeHoursPerWeek(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<number> {
    return (await this.hoursOfPoints(network, ctx)).reduce((sum, hours) => sum + frontOfficeHours(hours), 0);
  }

  @FieldResolver(() => Float, { description: 'The weekly digital-education hours of the network’s points summed.' })
  async digitalEducationHoursPerWeek(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<number> {
    return (await this.hoursOfPoints(network, ctx)).reduce((sum, hours) => sum + digitalEducationHours(hours), 0);
  }

  @FieldResolver(() => [Operator], { description: 'The operators of the network, by role.' })
  operators(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<Operator[]> {
    return operatorsOfNetwork(ctx).load(network.code);
  }

  @FieldResolver(() => [Operator], { description: 'The coordinators of the network (the sheets ask for one).' })
  async coordinators(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<Operator[]> {
    return (await operatorsOfNetwork(ctx).load(network.code)).filter((o) => o.role === OperatorRole.COORDINATOR);
  }

  @FieldResolver(() => [GovernanceBody], { description: 'The governance bodies of the network (its Coordinamento).' })
  governanceBodies(@Root() network: SpazioComune, @Ctx() ctx: Context): Promise<GovernanceBody[]> {
    return governanceOfNetwork(ctx).load(network.code);
  }

  private async hoursOfPoints(network: SpazioComune, ctx: Context) {
    const points = await pointsOfMunicipio(ctx).load(Reference.unwrapReference(network.municipio).number);
    return Promise.all(points.map((p) => intervalsOfPoint(ctx).load(p.id)));
  }
}
