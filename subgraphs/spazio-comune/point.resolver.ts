import { Reference } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { hoursOfPoint, municipioByNumber, networkOfMunicipio, operatorsOfPoint } from './loaders.js';
import { Municipio } from './municipio.js';
import { Network } from './network.js';
import { OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import { Point } from './point.js';
import { frontOfficeHours, isOpenAt } from './schedule.js';

@Resolver(() => Point)
export class PointResolver {
  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio of the point; null where no source says.' })
  municipio(@Root() point: Point, @Ctx() ctx: Context): Promise<Municipio | null> | null {
    return point.municipio ? municipioByNumber(ctx).load(Reference.unwrapReference(point.municipio).number) : null;
  }

  @FieldResolver(() => Network, { nullable: true, description: 'The municipal network of the point; null when its Municipio is unknown.' })
  network(@Root() point: Point, @Ctx() ctx: Context): Promise<Network | null> | null {
    return point.municipio ? networkOfMunicipio(ctx).load(Reference.unwrapReference(point.municipio).number) : null;
  }

  @FieldResolver(() => [OpeningHours], { description: 'The weekly opening hours, by day; empty when no timetable is on record.' })
  openingHours(@Root() point: Point, @Ctx() ctx: Context): Promise<OpeningHours[]> {
    return hoursOfPoint(ctx).load(point.id);
  }

  @FieldResolver(() => Float, { description: 'Weekly front-office hours, digital education included.' })
  async frontOfficeHoursPerWeek(@Root() point: Point, @Ctx() ctx: Context): Promise<number> {
    return frontOfficeHours(await hoursOfPoint(ctx).load(point.id));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the point is open at an instant, read in Europe/Rome local time; closed on Italian public holidays and on 7 December (Sant’Ambrogio). Null when no timetable is on record.',
  })
  async isOpen(
    @Root() point: Point,
    @Ctx() ctx: Context,
    @Arg('at', () => DateTimeResolver, { description: 'The instant, ISO-8601 with offset, e.g. "2026-11-23T10:00:00+01:00".' }) at: Date,
  ): Promise<boolean | null> {
    const hours = await hoursOfPoint(ctx).load(point.id);
    return hours.length === 0 ? null : isOpenAt(hours, at);
  }

  @FieldResolver(() => [Operator], { description: 'The operators working at this point.' })
  operators(@Root() point: Point, @Ctx() ctx: Context): Promise<Operator[]> {
    return operatorsOfPoint(ctx).load(point.id);
  }
}
