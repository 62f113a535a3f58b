import type { JWTPayload } from 'jose';
import { Role, type Viewer } from './viewer.js';

const ROLES = new Set<string>(Object.values(Role));

/**
 * The viewer a verified token describes, or the reason its claims cannot be used. Unknown roles are
 * ignored (an identity provider may carry roles of other applications); a malformed claim is refused.
 */
export function viewerFromClaims(payload: JWTPayload): Viewer | string {
  const { sub, roles = [], municipi = [] } = payload as JWTPayload & { roles?: unknown; municipi?: unknown };
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 256) return 'the token has no subject (sub).';
  if (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) return 'the roles claim must be a list of strings.';
  if (!Array.isArray(municipi) || !municipi.every((n) => Number.isInteger(n) && n >= 1 && n <= 9))
    return 'the municipi claim must be a list of Municipio numbers, 1 to 9.';
  return { sub, roles: roles.filter((r): r is Role => ROLES.has(r)), municipi: [...new Set(municipi as number[])] };
}
