import { isIPv4, isIPv6 } from 'node:net';
import type { Request } from 'express';
import type { IdentifyClient } from '../server/rate-limits.js';
import type { RequestToken } from './request-token.js';

/**
 * Who a request's client is, for rate limits (GitHub counts per user, and per address without one):
 * the subject (`sub`) of a token the gateway verified with the same keys as the subgraphs, else the
 * client address (req.ip: X-Forwarded-For only from HUB_TRUSTED_PROXIES). A token that does not verify,
 * or a gateway that was given no keys, counts by address: a made-up `sub` never opens a bucket of its
 * own. The subgraphs verify every token again for what it may read and write.
 */
export function clientIdentity(tokenOf: (req: Request) => Promise<RequestToken>): IdentifyClient {
  return async (req: Request) => {
    const token = await tokenOf(req);
    if (token && token !== 'unchecked') return `sub:${token.sub}`;
    return addressClient(req.ip ?? req.socket.remoteAddress ?? 'unknown');
  };
}

/**
 * The client of an address: an IPv4 address by itself (an IPv4-mapped IPv6 address too), an IPv6
 * address by its /64, the network one subscriber is given: a single host holds 2^64 addresses of it,
 * and a bucket per address would give it a fresh one for every request.
 */
export function addressClient(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return `ip:${mapped}`;
  const bare = address.replace(/%.*$/, ''); // a zone (fe80::1%eth0) names the interface, not the host
  if (!isIPv6(bare)) return `ip:${address}`;
  return `ip:${hextets(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, in lower case without leading zeros ("::" expanded, a dotted tail read). */
function hextets(address: string): string[] {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
