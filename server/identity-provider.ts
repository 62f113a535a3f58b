type Env = Record<string, string | undefined>;

/**
 * The identity provider the hub trusts, as the environment names it: HUB_OIDC_ISSUER, or HUB_JWKS_URL
 * (a provider named by its key set); null with neither, when the embedded key pair signs the tokens.
 * The one rule for "is a provider configured": the subgraphs take only its tokens then, so the back
 * office's local sign-in, `npm run token` and the token `npm run import` signs itself are all off.
 * A blank value names nothing, as everywhere in the checked environment (config.ts).
 */
export function identityProviderOf(env: Env = process.env): string | null {
  return env.HUB_OIDC_ISSUER?.trim() || env.HUB_JWKS_URL?.trim() || null;
}
