import type { EntityManager, EventArgs, EventSubscriber } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/** What is left of each armed request's budget, by the EntityManager of its context. */
const budgets = new WeakMap<EntityManager, { left: number; max: number }>();

/**
 * Arms a read's budget: past `max` records (entities and the references they hold) loaded by this
 * EntityManager, the load that would go on is refused. The estimated cost bounds what a document
 * asks for before it runs; this bounds what it loads, whatever the estimate assumed of a list's
 * length: one query over a list the estimate got wrong cannot fill the subgraph's heap.
 */
export function limitRecords(em: EntityManager, max: number): void {
  budgets.set(em, { left: max, max });
}

/**
 * How many rows a query of this EntityManager should read at most: one past what its budget has
 * left (that one makes the refusal), or no bound when no budget is armed. A list read with it as
 * its SQL limit never holds more rows in memory than the budget allows.
 */
export function rowsLeft(em: EntityManager): number | undefined {
  const budget = budgets.get(em);
  return budget ? Math.max(budget.left, 0) + 1 : undefined;
}

/** The ORM's subscriber that counts, for armed EntityManagers only, every record made from the database. */
export const recordBudget: EventSubscriber = {
  onInit({ em }: EventArgs<unknown>): void {
    const budget = budgets.get(em);
    if (!budget || --budget.left >= 0) return;
    throw new GraphQLError(
      `This read would load more than ${budget.max} records (HUB_MAX_RECORDS): ask for fewer items (first) or fewer nested lists.`,
      { extensions: { code: 'RESPONSE_TOO_LARGE', maxRecords: budget.max } },
    );
  },
};
