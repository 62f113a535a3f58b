import { Field, Int, ObjectType } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';

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

  /** The Municipio, for its sites and placements (loaded only when asked for, in municipio-servizio-civile.resolver.ts). */
  municipioNumber!: number;
}
