import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { entityLoader } from '../shared/loader.js';
import { City } from './city.js';
import { ComplianceCheck } from './compliance-check.js';
import { ComplianceCheckConnection, type ComplianceCheckPage, complianceCheckPage } from './compliance-check-connection.js';
import { complianceList } from './compliance-data.js';
import { ComplianceFilter } from './compliance-filter.js';
import { ComplianceSubject, ComplianceSubjectKind } from './compliance-subject.js';
import { Operator } from './operator.js';
import { Point } from './point.js';
import { SpazioComune } from './spazio-comune.js';

/**
 * The deprecated compliance list is bounded too: about three times the rules × subjects of the city's
 * networks today (about 150 rows on the seed). It was 1,000: at 10,000 points the list was cut at
 * 1,000 rows, 162 KB made and sent on every NetworkHealth, six times the seed's; complianceChecks
 * pages through every check.
 */
const MAX_COMPLIANCE_LIST = 400;

@Resolver(() => ComplianceCheck)
export class ComplianceCheckResolver {
  @Query(() => ComplianceCheckConnection, {
    description:
      'The rules of the technical sheets judged on the data, one check per rule and subject, filtered, in pages (Relay cursor connection): by rule in the order of the sheets, then by kind of subject (city, network, point, operator), then by subject id.',
  })
  async complianceChecks(
    @Arg('first', () => Int, { description: `How many checks per page, 1 to ${MAX_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => ComplianceFilter, { nullable: true, description: 'Which checks to list.' }) filter: ComplianceFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ComplianceCheckPage> {
    return complianceCheckPage(ctx.em, first, after, filter);
  }

  @Directive(`@listSize(assumedSize: ${MAX_COMPLIANCE_LIST})`)
  @Query(() => [ComplianceCheck], {
    description: `Every rule of the technical sheets judged on the data: one row per rule and subject (at most ${MAX_COMPLIANCE_LIST}); passed is null ("not known") where the subject has no data on record. includesDemo and passedOnRealData tell what the demo data set changes.`,
    deprecationReason: 'Use complianceChecks: it pages, filters by kind of subject and by result, and leads to each subject.',
  })
  async compliance(@Ctx() ctx: Context): Promise<ComplianceCheck[]> {
    return complianceList(ctx.em, MAX_COMPLIANCE_LIST);
  }

  @FieldResolver(() => ComplianceSubject, {
    nullable: true,
    description: 'The subject itself, to follow from a check to its page: the city, a network, a point or an operator.',
  })
  judged(@Root() check: ComplianceCheck, @Ctx() ctx: Context): Promise<City | SpazioComune | Point | Operator | null> | City {
    switch (check.subjectKind) {
      case ComplianceSubjectKind.CITY:
        return Object.assign(new City(), { name: check.subjectId });
      case ComplianceSubjectKind.NETWORK:
        return entityLoader(ctx, SpazioComune, 'code').load(check.subjectId);
      case ComplianceSubjectKind.POINT:
        return entityLoader(ctx, Point, 'id').load(check.subjectId);
      case ComplianceSubjectKind.OPERATOR:
        return entityLoader(ctx, Operator, 'id').load(check.subjectId);
    }
  }
}
