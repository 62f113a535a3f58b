import { Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';
import { PointConnection, type PointPage, totalCountBasis } from './point-connection.js';

@Resolver(() => PointConnection)
export class PointConnectionResolver {
  @FieldResolver(() => FigureBasis, {
    description: 'What totalCount rests on: the real points of the whole list and those of the demo data set, apart.',
  })
  totalCountBasis(@Root() page: PointPage): Promise<FigureBasis> {
    return totalCountBasis(page);
  }

  // At most MAX_MANAGERS names, each a scalar.
  @Directive('@listSize(assumedSize: 1000)')
  @FieldResolver(() => [String], {
    description: 'The bodies that run the points of the whole list (their manager, where known), each once, by name; at most 1000.',
  })
  managers(@Root() page: PointPage): Promise<string[]> {
    return page.managers();
  }
}
