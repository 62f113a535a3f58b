import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { CALL_VOLUNTEERS_TRIGGERS_ON_SITE } from './call-volunteers-total.js';
import { Node } from './node.js';

// A Municipio's volunteers are read from the totals these triggers keep (call-volunteers-total.ts).
@Entity({ tableName: 'site', triggers: CALL_VOLUNTEERS_TRIGGERS_ON_SITE })
// A Municipio's sites in code order, from the index alone: its first sites of a call stop at the page
// (a national call has about 200 sites in each Municipio).
@Index({ properties: ['municipioNumber', 'code'] })
@ObjectType('ServizioCivileSite', {
  implements: Node,
  description: 'A site where volunteers serve (sede di attuazione), identified by its national code.',
})
@Directive('@key(fields: "code")')
export class ServizioCivileSite {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'The national code of the site (codice sede), e.g. "202928".' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the site (Query.node resolves it); `code` stays its key.' })
  @Directive('@shareable')
  get id(): string {
    return globalId('ServizioCivileSite', this.code);
  }

  @Field(() => String, { description: 'The name of the site as the call writes it.' })
  @Property({ type: 'text' })
  name!: string;

  /** The Municipio the site lies in, where a source says so; null when unknown. */
  @Property({ type: 'integer', nullable: true })
  municipioNumber: number | null = null;

  /** The passage of the document that says which Municipio the site is in. */
  @Field(() => String, {
    name: 'municipioEvidence',
    nullable: true,
    description: 'The passage of the document that says which Municipio the site is in; null when no source says.',
  })
  @Property({ type: 'text', nullable: true })
  municipioBasis: string | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
