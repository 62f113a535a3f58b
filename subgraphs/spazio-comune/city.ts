import { Field, ObjectType } from 'type-graphql';

@ObjectType('City', { description: 'The city of Milan as a whole: what city-wide rules are judged for.' })
export class City {
  @Field(() => String, { description: 'The name of the city, "Milano".' })
  name!: string;
}
