import { type EntityClass, type EntityData, helper, Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer.js';
import { recordChange } from './record-change.js';

/** How many records an import created, changed, and found already as the document says. */
export class ImportTally {
  created = 0;
  updated = 0;
  unchanged = 0;
}

/** Who imports, by which mutation, at which instant of the change feed's clock, and the tally so far. */
export interface ImportContext {
  viewer: Viewer;
  action: string;
  tally: ImportTally;
  /** One instant for every record of the import (`clockInstant` in write.ts). */
  at: Date;
}

/**
 * Writes one imported record inside the import's transaction: created when new, assigned the
 * fields that differ (and audited with them before and after), or left alone when the document says
 * what the database already holds. So the same document twice creates and updates nothing, and
 * two documents that say the same of a record do not take turns at its source.
 */
export function importRecord<T extends object>(
  em: EntityManager,
  context: ImportContext,
  entity: EntityClass<T>,
  existing: T | null,
  data: EntityData<T> & Record<string, unknown>,
): T {
  const entityType = entity.name;
  const { viewer, action, tally, at } = context;
  if (!existing) {
    const created = em.create(entity, data as never);
    tally.created++;
    recordChange(em, viewer, {
      at,
      action,
      entityType,
      entityId: String(helper(created).getPrimaryKey()),
      before: {},
      after: plain(data) as object,
    });
    return created;
  }
  const changed = changedKeys(existing, data);
  if (changed.length === 0) {
    tally.unchanged++;
    return existing;
  }
  const before = Object.fromEntries(changed.map((key) => [key, plain((existing as Record<string, unknown>)[key])]));
  em.assign(existing, Object.fromEntries(changed.map((key) => [key, data[key]])) as never);
  tally.updated++;
  recordChange(em, viewer, {
    at,
    action,
    entityType,
    entityId: String(helper(existing).getPrimaryKey()),
    before,
    after: Object.fromEntries(changed.map((key) => [key, plain(data[key])])),
  });
  return existing;
}

/**
 * The keys of `data` whose values differ from the record's. A record's source follows its facts:
 * another document that says the same of it changes nothing, so the source alone is no change.
 */
export function changedKeys(existing: object, data: Record<string, unknown>): string[] {
  const differs = (key: string) => stable((existing as Record<string, unknown>)[key]) !== stable(data[key]);
  const facts = Object.keys(data).filter((key) => key !== 'source' && differs(key));
  return facts.length > 0 && 'source' in data && differs('source') ? [...facts, 'source'] : facts;
}

/** A value as JSON can hold it: a related record by its key, objects with their own fields only. */
export function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Reference.isReference(value)) return helper(value.unwrap()).getPrimaryKey();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const wrapped = helper(value as object);
    if (wrapped?.__meta && !wrapped.__meta.embeddable) return wrapped.getPrimaryKey();
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !key.startsWith('__'))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, plain(item)]),
    );
  }
  return value;
}

function stable(value: unknown): string {
  return JSON.stringify(plain(value));
}

/** A name as an id part: lower case, without accents, words joined by dashes, at most 60 characters. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
