import { Field, ObjectType } from 'type-graphql';

@ObjectType('OpeningChange', { description: 'The next moment a point opens or closes.' })
export class OpeningChange {
  @Field(() => String, { description: 'The instant, ISO-8601 in Europe/Rome local time with its offset.' })
  at!: string;

  @Field(() => Boolean, { description: 'True if the point opens then, false if it closes.' })
  opens!: boolean;
}
