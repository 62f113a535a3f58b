import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Url } from './scalars.js';

/** The parts of a cited location: the sources separate several with " ; ". */
const citations = (url: string | null) =>
  (url ?? '')
    .split(' ; ')
    .map((c) => c.trim())
    .filter((c) => c !== '');

const isWebAddress = (text: string) => /^https?:\/\/\S+$/.test(text) && URL.canParse(text);

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

  @Field(() => String, {
    nullable: true,
    description:
      'Where the document or data set can be found, as the record cites it: web addresses and other references, separated by " ; ".',
    deprecationReason: 'Use links (the web addresses, as URLs) and reference (what is cited otherwise).',
  })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  // The addresses a record cites: one or two.
  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [Url], {
    description: 'The web addresses where the document or data set can be found, in the order cited; empty when none.',
  })
  get links(): string[] {
    return citations(this.url).filter(isWebAddress);
  }

  @Field(() => String, {
    nullable: true,
    description:
      'What the record cites that is not a web address (e.g. a file of a public code repository at a commit); null when it cites only web addresses.',
  })
  get reference(): string | null {
    const others = citations(this.url).filter((c) => !isWebAddress(c));
    return others.length === 0 ? null : others.join(' ; ');
  }

  @Field(() => Boolean, {
    description:
      'True for a record of the demo data set (invented to show what the graph can do; a hub may serve it or not); false for real facts.',
  })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}

/** The columns of an embedded Source in a row read by raw SQL (`source_` prefixed, as MikroORM names them). */
export interface SourceColumns {
  source_document: string;
  source_section: string | null;
  source_url: string | null;
  source_demo: boolean;
}

/** A row's Source, as the ORM would have made it (for loaders that read plain rows). */
export const sourceOfRow = (row: SourceColumns): Source =>
  Object.assign(new Source(), { document: row.source_document, section: row.source_section, url: row.source_url, demo: row.source_demo });
