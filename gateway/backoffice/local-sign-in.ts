import type { Request } from 'express';
import { embeddedKeys } from '../../subgraphs/shared/auth/embedded-keys.js';
import { signToken } from '../../subgraphs/shared/auth/sign.js';
import { Role } from '../../subgraphs/shared/auth/viewer.js';

/** How long a token of the local sign-in lasts: the page asks to sign in again after it. */
export const LOCAL_TOKEN_SECONDS = 3600;

/** What the page asks for: a role, the Municipi of an editor, and a name for the audit trail. */
export interface LocalSignInRequest {
  role: Role;
  municipi: number[];
  name: string;
}

/** A refusal of the local sign-in: its HTTP status, a code and a sentence for the person. */
export class LocalSignInRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Anyone who reaches this route may become admin, so it answers only on this machine: a client whose
 * connection comes from a loopback address (the socket's own address, never a forwarded header).
 */
export function refuseUnlessLoopback(req: Request): void {
  const address = req.socket.remoteAddress ?? '';
  if (!LOOPBACK.has(address))
    throw new LocalSignInRefused(
      403,
      'LOCAL_SIGN_IN_LOOPBACK_ONLY',
      'The local sign-in answers only to clients on this machine (127.0.0.1 or ::1).',
    );
}

/** The body of POST /backoffice/local-sign-in, checked: the same rules as `npm run token`. */
export function localSignInRequest(body: unknown): LocalSignInRequest {
  const { role, municipi = [], name } = (body ?? {}) as Record<string, unknown>;
  const bad = (message: string) => new LocalSignInRefused(400, 'INVALID_INPUT', message);
  if (role !== Role.ADMIN && role !== Role.EDITOR) throw bad('role must be "admin" or "editor".');
  if (!Array.isArray(municipi) || municipi.some((n) => !Number.isInteger(n) || n < 1 || n > 9))
    throw bad('municipi must be a list of Municipio numbers from 1 to 9.');
  if (role === Role.EDITOR && municipi.length === 0) throw bad('an editor needs at least one Municipio.');
  if (name !== undefined && (typeof name !== 'string' || !/^[\w.@-]{1,64}$/.test(name)))
    throw bad('name must be 1 to 64 letters, digits, ".", "@", "_" or "-".');
  return { role, municipi: [...new Set(municipi as number[])].sort(), name: (name as string | undefined) ?? `${role}@local` };
}

/** A token the embedded default accepts, signed with the embedded key pair of this checkout (HUB_KEYS_DIR). */
export async function signLocalToken(request: LocalSignInRequest): Promise<{ access_token: string; expires_in: number }> {
  const { privateJwk } = await embeddedKeys();
  const roles = [request.role];
  const access_token = await signToken(privateJwk, {
    sub: request.name,
    roles,
    municipi: request.municipi,
    ttl: `${LOCAL_TOKEN_SECONDS}s`,
  });
  return { access_token, expires_in: LOCAL_TOKEN_SECONDS };
}
