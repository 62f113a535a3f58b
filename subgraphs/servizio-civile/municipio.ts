import { Field, Int, ObjectType } from 'type-graphql';
import { municipioKeyType } from '../shared/municipio-key.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';

/** Municipio (owned by spazio-comune), which this subgraph extends with servizioCivile. */
export const Municipio = municipioKeyType();
export type Municipio = InstanceType<typeof Municipio>;

@ObjectType({ description: 'Servizio Civile in one Municipio for one call: placements at sites located in it.' })
export class MunicipioServizioCivile {
  @Field(() => Int, { description: 'The year of the call.' })
  callYear!: number;

  @Field(() => Int, { description: 'The volunteers of the call at sites in this Municipio.' })
  volunteers!: number;

  @Field(() => [ServizioCivileSite], { description: 'The sites in this Municipio with placements in the call, by code.' })
  sites!: ServizioCivileSite[];

  @Field(() => [ServizioCivilePlacement], { description: 'The placements of the call at sites in this Municipio.' })
  placements!: ServizioCivilePlacement[];
}
