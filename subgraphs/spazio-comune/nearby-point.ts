import { Field, Float, ObjectType } from 'type-graphql';
import { Point } from './point.js';

@ObjectType('NearbyPoint', { description: 'A point within the requested radius, with its great-circle distance.' })
export class NearbyPoint {
  @Field(() => Float, { description: 'Great-circle distance from the requested position, in kilometres.' })
  distanceKm!: number;

  @Field(() => Point, { description: 'The point.' })
  point!: Point;
}
