import { Directive, Field, ObjectType } from 'type-graphql';
import { ServizioCivileAction } from './action.js';

@ObjectType('ServizioCivileObjective', {
  description:
    'An objective of a project at one site, with its actions. A section may name an objective twice in different words: listed under «Obiettivi del progetto» (listedTitle), then as the heading of its actions (title); both are kept as written.',
})
export class ServizioCivileObjective {
  @Field(() => String, {
    description:
      'The objective as the heading of its actions writes it (e.g. "Migliorare la fruibilità dei servizi dello “Sportello del Municipio 2 e 9”").',
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The objective as the section lists it under «Obiettivi del progetto» (e.g. "… dello “Sportello del Municipio”"), which may word it otherwise than title; null when the section does not list it.',
  })
  listedTitle!: string | null;

  // An objective's actions: at most 3 in the 2022 call.
  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [ServizioCivileAction], { description: 'The actions through which the objective is pursued.' })
  actions!: ServizioCivileAction[];
}
