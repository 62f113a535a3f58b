import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ComplianceCheckConnection, type ComplianceCheckPage } from './compliance-check-connection.js';

@Resolver(() => ComplianceCheckConnection)
export class ComplianceCheckConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many items the whole list holds, across all pages.' })
  totalCount(@Root() page: ComplianceCheckPage): Promise<number> {
    // Counted only when asked: with a result in the filter, it judges every Spazio WeMi.
    return page.count();
  }
}
