import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { valueId } from './global-id.js';

/**
 * A postal address as the source writes it. Shared by the three subgraphs as one value type
 * (hence @shareable); nothing in it is guessed: what no source gives stays null.
 */
@Embeddable()
@ObjectType({ description: 'A postal address as the source writes it; what no source gives is null.' })
@Directive('@shareable')
export class Address {
  @Field(() => ID, {
    description:
      'The id of this value: the same for equal addresses, so a normalizing client cache merges two selections of one address. Not a Node id.',
  })
  get id(): string {
    return valueId('Address', [this.street, this.postalCode, this.city, this.latitude, this.longitude]);
  }

  @Field(() => String, { nullable: true, description: 'Street and civic number exactly as the source writes them, e.g. "Via Larga, 12".' })
  @Property({ type: 'text', nullable: true })
  street: string | null = null;

  @Field(() => String, { nullable: true, description: 'Postal code (CAP), when a source gives it.' })
  @Property({ type: 'text', nullable: true })
  postalCode: string | null = null;

  @Field(() => String, { nullable: true, description: 'City, e.g. "Milano".' })
  @Property({ type: 'text', nullable: true })
  city: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84), when a source gives it.' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84), when a source gives it.' })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;
}
