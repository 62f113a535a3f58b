import type { Request } from 'express';
import type { IdentifyClient } from '../server/rate-limits.js';
import type { AuthConfig } from '../subgraphs/shared/auth/config.js';
import { tokenVerifier } from '../subgraphs/shared/auth/verify.js';

/**
 * Who a request's client is, for rate limits (GitHub counts per user, and per address without one):
 * the subject (`sub`) of a token the gateway verified with the same keys as the subgraphs, else the
 * client address (req.ip: X-Forwarded-For only from HUB_TRUSTED_PROXIES). A token that does not verify,
 * or a gateway that was given no keys, counts by address: a made-up `sub` never opens a bucket of its
 * own. The subgraphs verify every token again for what it may read and write.
 */
export function clientIdentity(auth: AuthConfig | undefined): IdentifyClient {
  const verify = auth ? tokenVerifier(auth) : null;
  return async (req: Request) => {
    const authorization = req.headers.authorization;
    if (verify && authorization) {
      try {
        return `sub:${(await verify(authorization)).sub}`;
      } catch {
        // counted by address
      }
    }
    return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
  };
}
