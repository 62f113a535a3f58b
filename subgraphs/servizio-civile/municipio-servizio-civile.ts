import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';
import { ServizioCivileSite } from './site.js';

@ObjectType({ description: 'Servizio Civile in one Municipio for one call: placements at sites located in it.' })
export class MunicipioServizioCivile {
  @Field(() => Int, { description: 'The year of the call.' })
  callYear!: number;

  @Field(() => Int, { description: 'The volunteers of the call at sites in this Municipio. See volunteersBasis for what it rests on.' })
  volunteers!: number;

  @Field(() => FigureBasis, {
    description: 'What volunteers rests on: the placements of the call that are real, and any of the demo data set.',
  })
  volunteersBasis!: FigureBasis;

  // Sites of the call in one Municipio: at most the call's placements.
  @Directive('@listSize(assumedSize: 100)')
  @Field(() => [ServizioCivileSite], { description: 'The sites in this Municipio with placements in the call, by code.' })
  sites!: ServizioCivileSite[];

  /** The Municipio, for its placements (loaded only when asked for, in municipio-servizio-civile.resolver.ts). */
  municipioNumber!: number;
}
