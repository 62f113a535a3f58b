import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Placement } from './placement.js';
import { Site } from './site.js';

/** Municipio is owned by spazio-comune; this subgraph adds what Servizio Civile does in it. */
@ObjectType({ description: 'One of the nine Municipi of Milan (owned by spazio-comune).' })
@Directive('@key(fields: "number")')
export class Municipio {
  @Field(() => Int, { description: 'The number of the Municipio, 1 to 9.' })
  number!: number;

  static ofNumber(number: number): Municipio {
    return Object.assign(new Municipio(), { number });
  }
}

@ObjectType({ description: 'Servizio Civile in one Municipio for one call: placements at sites located in it.' })
export class MunicipioServizioCivile {
  @Field(() => Int, { description: 'The year of the call.' })
  callYear!: number;

  @Field(() => Int, { description: 'The volunteers of the call at sites in this Municipio.' })
  volunteers!: number;

  @Field(() => [Site], { description: 'The sites in this Municipio with placements in the call, by code.' })
  sites!: Site[];

  @Field(() => [Placement], { description: 'The placements of the call at sites in this Municipio.' })
  placements!: Placement[];
}

export const municipioReference = {
  Municipio: {
    __resolveReference: (reference: { number: number }) => Municipio.ofNumber(reference.number),
  },
};
