import type { EntityManager, EventArgs, EventSubscriber } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/** What each armed request has loaded, by the EntityManager of its context. */
const budgets = new WeakMap<EntityManager, { used: number; max: number; processMax: number }>();

/** Records loaded by the queries in flight in this process, together. */
let inFlight = 0;

/**
 * Arms a read's budget: past `max` records (entities and the references they hold) loaded by this
 * EntityManager, the load that would go on is refused; so is any load while the queries in flight
 * hold `processMax` together. The estimated cost bounds what a document asks for before it runs;
 * this bounds what it loads, whatever the estimate assumed of a list's length: neither one query
 * nor many at once over a list the estimate got wrong can fill the subgraph's heap.
 */
export function limitRecords(em: EntityManager, max: number, processMax = 3 * max): void {
  budgets.set(em, { used: 0, max, processMax });
}

/** Gives back what a finished request loaded to the process's count. */
export function releaseRecords(em: EntityManager): void {
  const budget = budgets.get(em);
  if (!budget) return;
  inFlight -= budget.used;
  budgets.delete(em);
}

/** The records the queries in flight hold now (for tests and metrics). */
export const recordsInFlight = () => inFlight;

/**
 * Counts `count` records against the budget of an armed EntityManager, refused as the ORM's own
 * loads are: the subscriber below counts every entity the ORM makes, and a loader that reads plain
 * rows (no entities, for speed) counts its rows here, so that no read escapes the bound.
 */
export function chargeRecords(em: EntityManager, count: number): void {
  const budget = budgets.get(em);
  if (!budget || count <= 0) return;
  if (budget.used + count > budget.max) {
    throw new GraphQLError(
      `This read would load more than ${budget.max} records (HUB_MAX_RECORDS): ask for fewer items (first) or fewer nested lists.`,
      { extensions: { code: 'RESPONSE_TOO_LARGE', maxRecords: budget.max } },
    );
  }
  if (inFlight >= budget.processMax) {
    throw new GraphQLError('The server is reading too much for other queries right now: try again in a few seconds.', {
      extensions: { code: 'SERVER_BUSY', retryAfter: 5 },
    });
  }
  budget.used += count;
  inFlight += count;
}

/** The ORM's subscriber that counts, for armed EntityManagers only, every record made from the database. */
export const recordBudget: EventSubscriber = {
  onInit({ em }: EventArgs<unknown>): void {
    chargeRecords(em, 1);
  },
};
