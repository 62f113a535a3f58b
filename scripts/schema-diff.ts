import { readFile } from 'node:fs/promises';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { apiSchema } from './supergraph.js';

/** A breaking change made on purpose: the change's path and type as @graphql-inspector/core names them, and why. */
export interface IntendedBreakingChange {
  path: string;
  type: string;
  reason: string;
}

export interface SchemaComparison {
  /** Breaking changes not listed as intended: each one fails the check. */
  unintended: Change[];
  /** Breaking changes listed as intended. */
  intended: Change[];
  /** Everything else: additions, deprecations, dangerous but compatible changes. */
  compatible: Change[];
  /** Listed intended changes that the diff does not contain (a stale list). */
  unused: IntendedBreakingChange[];
}

const matches = (change: Change, intended: IntendedBreakingChange) => change.path === intended.path && change.type === intended.type;

/**
 * Compares the released API schema with the current one. Additions and deprecations are
 * compatible; a removal, a type change or a new required argument is breaking, and passes only
 * when it is listed as intended (schema/released/intended-breaking-changes.json).
 */
export async function compareSchemas(released: string, current: string, intended: IntendedBreakingChange[]): Promise<SchemaComparison> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    unintended: breaking.filter((c) => !intended.some((i) => matches(c, i))),
    intended: breaking.filter((c) => intended.some((i) => matches(c, i))),
    compatible: changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking),
    unused: intended.filter((i) => !breaking.some((c) => matches(c, i))),
  };
}

/** The API schema the code composes now against the release kept under `root`/schema/released. */
export async function compareWithRelease(root: string): Promise<SchemaComparison> {
  const released = await readFile(`${root}/schema/released/api.graphql`, 'utf8');
  const intended = JSON.parse(await readFile(`${root}/schema/released/intended-breaking-changes.json`, 'utf8')) as IntendedBreakingChange[];
  const current = await apiSchema();
  return compareSchemas(released, current, intended);
}
