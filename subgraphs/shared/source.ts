import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';

/** Where a record came from: a programme document and its section, or a public data set. */
@Embeddable()
@ObjectType({ description: 'Where a record came from: a programme document and its section, or a public data set.' })
@Directive('@shareable')
export class Source {
  @Field(() => String, { description: 'The document or data set, e.g. "Servizio Civile Universale - Bando 2022".' })
  @Property({ type: 'text' })
  document!: string;

  @Field(() => String, { nullable: true, description: 'The section of the document, or the row of the data set.' })
  @Property({ type: 'text', nullable: true })
  section: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where the document or data set can be found, when public.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Field(() => Boolean, {
    description: 'True for the demo data set (invented to show the features, off with HUB_DEMO_DATA=off); false for real facts.',
  })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}
