import { type EntityClass, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/auth/viewer.js';
import type { Context } from '../shared/context.js';
import { InputCheck } from '../shared/input-check.js';
import { payload } from '../shared/payload.js';
import { recordChange } from '../shared/record-change.js';
import { Source } from '../shared/source.js';
import { type UserError, UserErrorCode, UserErrors, userError } from '../shared/user-error.js';
import { checkVersion, stamp, write } from '../shared/write.js';
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

/**
 * A back-office mutation of one point, the same way for each: in one transaction, its input checked
 * for control characters, the point opened for writing; `work` checks the rest of the input (with
 * `check`), makes the change and commits it, and answers the payload's records. A user error rolls it
 * all back and answers the payload's userErrors.
 */
export function writePoint<P extends { userErrors: UserError[] }>(
  ctx: Context,
  input: { pointId: string; expectedVersion: number },
  answer: new () => P,
  work: (change: PointWrite, check: InputCheck, em: EntityManager) => Promise<Partial<P>>,
): Promise<P> {
  return write(
    ctx,
    input,
    async (em) => {
      const change = await openPointWrite(ctx, em, input.pointId, input.expectedVersion);
      return payload(answer, await work(change, new InputCheck(input), em));
    },
    (userErrors) => payload(answer, { userErrors } as Partial<P>),
  );
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
