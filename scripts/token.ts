import { parseArgs } from 'node:util';
import { identityProviderOf } from '../server/identity-provider.js';
import { embeddedKeys } from '../subgraphs/shared/auth/embedded-keys.js';
import { signToken } from '../subgraphs/shared/auth/sign.js';
import { Role } from '../subgraphs/shared/auth/viewer.js';

/**
 * npm run token -- --role admin | --role editor --municipio 2 [--municipio 5] [--ttl 2s|1h] [--sub name]
 * Prints a token that the hub's embedded default accepts, and nothing else on stdout, so that
 * `TOKEN=$(npm run --silent token -- --role admin)` works. With an identity provider configured,
 * tokens come from the provider and this refuses.
 */
const usage = 'usage: npm run token -- --role admin|editor [--municipio N ...] [--ttl 1h] [--sub NAME]';

export interface TokenRequest {
  role: Role;
  municipi: number[];
  ttl: string;
  sub: string;
}

export function tokenRequest(args: string[]): TokenRequest {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      municipio: { type: 'string', multiple: true },
      ttl: { type: 'string', default: '1h' },
      sub: { type: 'string' },
    },
    strict: true,
  });
  const role = values.role as Role | undefined;
  if (role !== Role.ADMIN && role !== Role.EDITOR) throw new Error(`--role must be admin or editor. ${usage}`);
  const municipi = (values.municipio ?? []).flatMap((m) => m.split(',')).map((m) => Number(m.trim()));
  if (municipi.some((n) => !Number.isInteger(n) || n < 1 || n > 9)) throw new Error('--municipio must be a number from 1 to 9.');
  if (role === Role.EDITOR && municipi.length === 0) throw new Error(`an editor needs at least one --municipio. ${usage}`);
  if (!/^\d+\s?(s|m|h|d)$/.test(values.ttl)) throw new Error('--ttl must be a duration such as 30s, 15m, 1h or 7d.');
  return { role, municipi, ttl: values.ttl, sub: values.sub ?? `${role}@local` };
}

/** Signs a token with the embedded key pair of this checkout (created on first use). */
export async function signEmbeddedToken(request: TokenRequest): Promise<string> {
  const { privateJwk } = await embeddedKeys();
  return signToken(privateJwk, { sub: request.sub, roles: [request.role], municipi: request.municipi, ttl: request.ttl });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const provider = identityProviderOf();
    if (provider) throw new Error(`the hub trusts the identity provider ${provider}: sign in there for a token.`);
    process.stdout.write(`${await signEmbeddedToken(tokenRequest(process.argv.slice(2)))}\n`);
  } catch (error) {
    console.error(`token: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
}
