import { type EntityClass, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { recordChange } from '../shared/record-change.js';
import { Source } from '../shared/source.js';
import { UserErrorCode, UserErrors, userError } from '../shared/user-error.js';
import { checkVersion, stamp } from '../shared/write.js';
import { municipioNumberOf, Point } from './point.js';

/**
 * A point opened for writing, inside the write's transaction: locked (SELECT … FOR UPDATE, so that of
 * simultaneous writes at one version exactly one finds that version), checked against the token's
 * Municipi and the expected version. `commit` stamps the new version and appends the audit entry.
 */
export interface PointWrite {
  point: Point;
  viewer: Viewer;
  /** The source of the records this write creates: the back office, demo if the point is demo. */
  source: Source;
  commit(action: string, before: object, after: object): Promise<void>;
}

export async function openPointWrite(
  ctx: Context,
  em: EntityManager,
  pointId: string,
  expectedVersion: number,
  pointField: string = 'pointId',
): Promise<PointWrite> {
  const point = await em.findOne(Point, { id: pointId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!point) throw new UserErrors([userError(UserErrorCode.NOT_FOUND, [pointField], `There is no point "${pointId}".`)]);
  const viewer = await ctx.auth.requireMunicipio(municipioNumberOf(point));
  checkVersion(point, expectedVersion, `Point "${point.id}"`);
  return {
    point,
    viewer,
    source: backOfficeSource(point.source.demo),
    async commit(action, before, after) {
      const at = await stamp(em, Point as EntityClass<Point>, point);
      recordChange(em, viewer, { at, action, entityType: 'Point', entityId: point.id, before, after });
    },
  };
}

/** The document of every record written through the back office. */
export const BACK_OFFICE_DOCUMENT = 'Back office del Comune di Milano';

/**
 * Records written through the back office say so, and no more: a source is public, so who wrote a
 * record (the token's sub) is kept only in the audit trail (Point.history, for admins and editors).
 */
export function backOfficeSource(demo: boolean): Source {
  return Object.assign(new Source(), { document: BACK_OFFICE_DOCUMENT, section: null, url: null, demo });
}
