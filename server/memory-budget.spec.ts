import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { documentBytes, memoryBudgetFromEnv, queryPlanBytes } from './memory-budget.js';

// The byte budgets, and what an entry is taken to weigh.

describe('memoryBudgetFromEnv', () => {
  it('reads its defaults and the environment, and names a wrong variable', () => {
    expect(memoryBudgetFromEnv({})).toEqual({
      documents: 8 * 1024 * 1024,
      queryPlans: 8 * 1024 * 1024,
      responses: 16 * 1024 * 1024,
      persistedQueries: 2 * 1024 * 1024,
    });
    expect(memoryBudgetFromEnv({ HUB_RESPONSE_CACHE: '64mb', HUB_DOCUMENT_CACHE: '512kb' })).toMatchObject({
      responses: 64 * 1024 * 1024,
      documents: 512 * 1024,
    });
    expect(() => memoryBudgetFromEnv({ HUB_QUERY_PLAN_CACHE: 'tanto' })).toThrow(ConfigError);
    expect(() => memoryBudgetFromEnv({ HUB_QUERY_PLAN_CACHE: 'tanto' })).toThrow(/HUB_QUERY_PLAN_CACHE/);
  });
});

describe('documentBytes', () => {
  it('weighs a document’s text, tokens and nodes: several times its JSON', () => {
    const document = parse(
      'query CityOverview($callYear: Int!) { municipi { number name servizioCivile(callYear: $callYear) { volunteers } } }',
    );
    expect(documentBytes(document)).toBeGreaterThan(3 * JSON.stringify(document).length);
  });

  it('weighs a long literal by its length', () => {
    const weight = documentBytes(parse(`{ point(id: "${'x'.repeat(100_000)}") { id } }`));
    expect(weight).toBeGreaterThan(100_000);
    expect(weight).toBeLessThan(110_000);
  });
});

describe('queryPlanBytes', () => {
  it('weighs a plan above its JSON', () => {
    const plan = { kind: 'QueryPlan', node: { kind: 'Fetch', serviceName: 'spazio-comune', operation: '{ municipi { number } }' } };
    expect(queryPlanBytes(plan)).toBeGreaterThan(3 * JSON.stringify(plan).length);
  });
});
