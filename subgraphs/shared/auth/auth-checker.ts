import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { forbidden } from './errors.js';
import type { Role } from './viewer.js';

/**
 * The one auth checker of every subgraph, behind type-graphql's @Authorized(roles): a field that
 * names roles needs a valid token (UNAUTHENTICATED otherwise) carrying one of them (FORBIDDEN
 * otherwise). Which Municipio an editor may touch depends on the record, so resolvers check that
 * with `ctx.auth.requireMunicipio` once the record is loaded.
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context }, roles) => {
  const viewer = await context.auth.viewer();
  if (roles.length === 0 || roles.some((role) => viewer.roles.includes(role))) return true;
  throw forbidden(`This needs the role ${roles.join(' or ')}.`);
};
