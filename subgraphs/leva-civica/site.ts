import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Address } from '../shared/address.js';
import { Source } from '../shared/source.js';

@Entity({ tableName: 'site' })
@ObjectType('LevaCivicaSite', { description: 'The place where a Leva Civica project is carried out (sede progetto).' })
export class LevaCivicaSite {
  @Field(() => ID, { description: 'Stable identifier of the site.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'The full name of the site: organisation and unit, as the document writes them.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The organisation, e.g. "Comune di Milano - Direzione Politiche Sociali".' })
  @Property({ type: 'text' })
  organisation!: string;

  @Field(() => String, { nullable: true, description: 'The organisational unit, e.g. "Unità Coesione sociale".' })
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  @Field(() => Address, { description: 'The address of the site as the document writes it.' })
  @Embedded(() => Address, { prefix: 'address_' })
  address!: Address;

  /** The Municipio the site lies in, where a source says so; null when unknown. */
  @Property({ type: 'integer', nullable: true })
  municipioNumber: number | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
