import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../shared/scalars.js';

@ObjectType('OpeningChange', { description: 'The next moment a point opens or closes.' })
export class OpeningChange {
  @Field(() => DateTime, { description: 'The instant, in the local time of Milan with its offset, e.g. "2026-11-23T13:00:00+01:00".' })
  at!: string;

  @Field(() => Boolean, { description: 'True if the point opens then, false if it closes.' })
  opens!: boolean;
}
