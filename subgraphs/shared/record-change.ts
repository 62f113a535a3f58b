import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './audit-entry.js';
import { actingRole, type Viewer } from './auth/viewer.js';

/** One change as the audit trail keeps it. */
export interface Change {
  /** From the change feed's clock (`stamp`, `feedInstant` or `clockInstant` in write.ts), never the process's own. */
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: object;
  after: object;
}

/**
 * The one door to the audit trail: appends the entry of a write, by the viewer who made it. Call it
 * inside the write's transaction, so the entry commits or rolls back with the change.
 */
export function recordChange(em: EntityManager, viewer: Viewer, change: Change): void {
  em.create(AuditEntry, {
    ...change,
    actor: viewer.sub,
    role: actingRole(viewer),
    before: change.before as Record<string, unknown>,
    after: change.after as Record<string, unknown>,
  });
}
