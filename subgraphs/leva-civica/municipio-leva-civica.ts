import { Field, Int, ObjectType } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';

@ObjectType({ description: 'Leva Civica in one Municipio: projects at sites located in it.' })
export class MunicipioLevaCivica {
  @Field(() => Int, { description: 'Places for young people at sites in this Municipio. See placesBasis for what it rests on.' })
  places!: number;

  /** The Municipio, for its projects (loaded only when asked for, in municipio-leva-civica.resolver.ts). */
  municipioNumber!: number;

  @Field(() => FigureBasis, { description: 'What places rests on: the real projects and any of the demo data set, apart.' })
  placesBasis!: FigureBasis;
}
