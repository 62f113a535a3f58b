import { corsOrigins } from './config.js';
import { type HeavyWorkLimits, heavyWorkFromEnv } from './heavy-work.js';
import { type Limits, limitsFromEnv } from './limits.js';
import { type MemoryBudget, memoryBudgetFromEnv } from './memory-budget.js';
import { type RateLimits, rateLimitsFromEnv } from './rate-limits.js';
import type { TrustedDocuments } from './trusted-documents.js';

/** What the HTTP layer needs to know beyond the server itself. */
export interface HttpOptions {
  limits: Limits;
  /** Rate limits per client (HUB_RATE_LIMIT…); the gateway applies them, the subgraphs do not. */
  rateLimits: RateLimits;
  /** Admission of heavy documents for all clients at once (HUB_HEAVY_WORK…); the gateway applies it, the subgraphs do not. */
  heavyWork: HeavyWorkLimits;
  /** The byte budgets of the caches kept across requests. */
  memory: MemoryBudget;
  /** HUB_CORS_ORIGINS: the browser origins allowed to call; none unless set. */
  corsOrigins: string[] | '*';
  /** When set, only these documents are executed (HUB_TRUSTED_DOCUMENTS=on, gateway only). */
  trustedDocuments?: TrustedDocuments;
}

export function httpOptionsFromEnv(env: Record<string, string | undefined> = process.env): HttpOptions {
  return {
    limits: limitsFromEnv(env),
    rateLimits: rateLimitsFromEnv(env),
    heavyWork: heavyWorkFromEnv(env),
    memory: memoryBudgetFromEnv(env),
    corsOrigins: corsOrigins(env),
  };
}
