import { Field, Int, ObjectType } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';
import { ServizioCivileSite } from './site.js';

@ObjectType('ServizioCivileCallComparisonRow', { description: 'One site’s volunteers in two calls.' })
export class ServizioCivileCallComparisonRow {
  @Field(() => ServizioCivileSite, { description: 'The site.' })
  site!: ServizioCivileSite;

  @Field(() => Int, { description: 'Its volunteers in the first call (0 when absent from it).' })
  fromVolunteers!: number;

  @Field(() => Int, { description: 'Its volunteers in the second call (0 when absent from it).' })
  toVolunteers!: number;

  @Field(() => Int, { description: 'toVolunteers − fromVolunteers.' })
  delta!: number;

  @Field(() => FigureBasis, { description: 'What fromVolunteers rests on: real placements and any of the demo data set, apart.' })
  fromVolunteersBasis!: FigureBasis;

  @Field(() => FigureBasis, { description: 'What toVolunteers rests on: real placements and any of the demo data set, apart.' })
  toVolunteersBasis!: FigureBasis;
}
