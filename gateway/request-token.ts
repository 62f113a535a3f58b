import type { Request } from 'express';
import { AUTHORIZATION_HEADER } from '../server/authorization-header.js';
import type { AuthConfig } from '../subgraphs/shared/auth/config.js';
import { KeysUnavailableError } from '../subgraphs/shared/auth/errors.js';
import { tokenVerifier } from '../subgraphs/shared/auth/verify.js';
import type { Viewer } from '../subgraphs/shared/auth/viewer.js';

/**
 * What the gateway knows of a request's token: the viewer of a token it verified, with the same keys
 * as the subgraphs; null for a request with no token or one that does not verify (the subgraphs
 * refuse that token as well: the request reads what anyone reads); 'unchecked' when the gateway was
 * given no keys, or could not fetch them now, so that a token it cannot read is never taken for none
 * (a subgraph with its own key cache may verify it, and its mutation must still count as a write).
 */
export type RequestToken = Viewer | null | 'unchecked';

/** Checks each request's token once, however many of the gateway's parts ask (rate limits, the response cache). */
export function requestToken(auth: AuthConfig | undefined): (req: Request) => Promise<RequestToken> {
  const verify = auth ? tokenVerifier(auth) : null;
  const checked = new WeakMap<Request, Promise<RequestToken>>();
  const check = async (authorization: string | undefined): Promise<RequestToken> => {
    if (!authorization) return null;
    if (!verify) return 'unchecked';
    return verify(authorization).catch((error) => (error instanceof KeysUnavailableError ? 'unchecked' : null));
  };
  return (req) => {
    let token = checked.get(req);
    if (!token) {
      token = check(req.headers[AUTHORIZATION_HEADER]);
      checked.set(req, token);
    }
    return token;
  };
}
