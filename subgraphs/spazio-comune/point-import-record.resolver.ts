import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { entityLoader } from '../shared/loader.js';
import { Point } from './point.js';
import { PointImportRecord } from './point.payloads.js';

/**
 * PointImportRecord.point: the point an import wrote, as it is now, so that a client's cache of it is
 * right after the import (the record alone gives only its id and the changes). One statement per page.
 */
@Resolver(() => PointImportRecord)
export class PointImportRecordResolver {
  @FieldResolver(() => Point, {
    nullable: true,
    description: 'The point as it is after the import; null in a dry run that would create it.',
  })
  point(@Root() record: PointImportRecord, @Ctx() ctx: Context): Promise<Point | null> {
    return entityLoader(ctx, Point, 'id').load(record.pointId);
  }
}
