import { Field, Int, ObjectType } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';
import { LevaCivicaProject } from './project.js';

@ObjectType({ description: 'Leva Civica in one Municipio: projects at sites located in it.' })
export class MunicipioLevaCivica {
  @Field(() => Int, { description: 'Places for young people at sites in this Municipio. See placesBasis for what it rests on.' })
  places!: number;

  /** All of them; the public field gives at most `first` (municipio-leva-civica.resolver.ts). */
  allProjects!: LevaCivicaProject[];

  @Field(() => FigureBasis, { description: 'What places rests on: the real projects and any of the demo data set, apart.' })
  placesBasis!: FigureBasis;
}
