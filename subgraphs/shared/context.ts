import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { RequestAuth } from './auth/request-auth.js';

/** What every resolver receives: a request-scoped EntityManager, the request's batch loaders and who asks. */
export interface Context {
  em: EntityManager;
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** The caller's verified token, checked only when a protected field asks for it: reads stay public. */
  auth: RequestAuth;
}

export function createContext(em: EntityManager, auth = RequestAuth.anonymous()): Context {
  return { em: em.fork(), loaders: new Map(), auth };
}
