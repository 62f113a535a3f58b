import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import { FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { pointsNearby } from './nearby.js';
import { NearbyPoint } from './nearby-point.js';

@Resolver(() => NearbyPoint)
export class NearbyPointResolver {
  @Query(() => [NearbyPoint], {
    description:
      'Points with coordinates within a radius (at most 50 km) of a position, nearest first (then by id), at most `first` of them; points without coordinates take no part.',
  })
  pointsNearby(
    @Arg('latitude', () => Float, { description: 'Latitude of the position (WGS 84), -90 to 90.' }) latitude: number,
    @Arg('longitude', () => Float, { description: 'Longitude of the position (WGS 84), -180 to 180.' }) longitude: number,
    @Arg('radiusKm', () => Float, { description: 'The radius in kilometres, more than 0 and at most 50.' }) radiusKm: number,
    @FirstArg('of the nearest points') first: number,
    @Ctx() ctx: Context,
  ): Promise<NearbyPoint[]> {
    return pointsNearby(ctx, latitude, longitude, radiusKm, first);
  }
}
