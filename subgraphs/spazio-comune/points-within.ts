import { Field, Float, InputType } from 'type-graphql';

@InputType('PointsWithin', { description: 'A circle around a position: the points with coordinates within radiusKm of it.' })
export class PointsWithin {
  @Field(() => Float, { description: 'Latitude of the centre (WGS 84), -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the centre (WGS 84), -180 to 180.' })
  longitude!: number;

  @Field(() => Float, { description: 'The radius in kilometres, more than 0 and at most 50 (as pointsNearby).' })
  radiusKm!: number;
}
